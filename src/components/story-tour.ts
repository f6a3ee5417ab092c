import { LitElement, css, html, type PropertyValues } from 'lit';
import { t, type Lang } from '../i18n/translate';
import { TOUR_STEPS, type TourStep } from '../tour/tour-steps';
import { panelStyles } from './panel-styles';
import '../i18n/tour.messages';

/** How long a step stays while the tour plays by itself. */
const PLAY_STEP_MS = 12_000;

/**
 * The story tour: a step of text at a time, from east to west along the trunk, while the map shows
 * that step's feature. ← / → move, Esc leaves; it plays by itself only when asked, and pauses on
 * request or at the last step. Step changes are announced politely to screen readers.
 * @fires state-change - `{ patch: { tourStep }, history: 'replace' }` when the visitor moves
 * @fires feature-shown - `{ featureId }` when a step's feature should be selected and framed
 * @fires panel-closed - when the visitor leaves the tour
 */
export class StoryTour extends LitElement {
  static properties = {
    step: { type: Number },
    lang: { type: String },
    selected: { attribute: false },
    playing: { state: true },
  };
  /** The current step, from 0 (the app state's `tourStep`). */
  step = 0;
  lang: Lang = 'zh';
  /** The selected feature: a step whose feature is already selected is not shown again. */
  selected: string | null = null;
  private playing = false;
  private timer: ReturnType<typeof setInterval> | undefined;

  static styles = [
    panelStyles,
    css`
      .progress { margin: 6px 0 0; font-size: 0.8rem; color: #4a4338; }
      h3 { margin: 10px 0 4px; font-size: 1rem; }
      .text { font-size: 0.9rem; color: #2b2620; }
      .source { font-size: 0.8rem; }
      nav { display: flex; gap: 8px; margin-top: 10px; }
      nav button { flex: 1; min-height: 40px; }
    `,
  ];

  disconnectedCallback() {
    this.pause();
    super.disconnectedCallback();
  }

  protected updated(changed: PropertyValues) {
    if (!changed.has('step')) return;
    const step = this.current();
    if (step.featureId !== this.selected) this.emit('feature-shown', { featureId: step.featureId });
    if (this.playing && this.step === TOUR_STEPS.length - 1) this.pause();
  }

  render() {
    const { lang } = this;
    const step = this.current();
    const last = TOUR_STEPS.length - 1;
    return html`<section role="dialog" aria-modal="false" aria-labelledby="tour-title" @keydown=${this.onKeyDown}>
      <header>
        <h2 id="tour-title" tabindex="-1">${t(lang, 'Tour.title')}</h2>
        <button class="close" type="button" aria-label=${t(lang, 'Tour.close')} @click=${this.close}>×</button>
      </header>
      <div aria-live="polite" aria-atomic="true">
        <p class="progress">${t(lang, 'Tour.progress', { step: this.step + 1, count: TOUR_STEPS.length })}</p>
        <h3>${step.title[lang]}</h3>
        <p class="text">${step.text[lang]}</p>
      </div>
      <p class="source">${t(lang, 'Card.citation')}: <cite lang="zh-CN">${step.source}</cite></p>
      <nav aria-label=${t(lang, 'Tour.controls')}>
        <button type="button" class="previous" ?disabled=${this.step === 0} @click=${() => this.go(this.step - 1)}>← ${t(lang, 'Tour.previous')}</button>
        <button type="button" class="play" aria-pressed=${String(this.playing)} ?disabled=${this.step === last}
          @click=${this.togglePlay}>${t(lang, this.playing ? 'Tour.pause' : 'Tour.play')}</button>
        <button type="button" class="next" ?disabled=${this.step === last} @click=${() => this.go(this.step + 1)}>${t(lang, 'Tour.next')} →</button>
      </nav>
    </section>`;
  }

  /** Moves focus to the tour's title, so screen readers start there and the keys work. */
  focusTitle() {
    this.renderRoot.querySelector<HTMLElement>('#tour-title')?.focus({ preventScroll: true });
  }

  private current(): TourStep {
    return TOUR_STEPS[Math.min(Math.max(this.step, 0), TOUR_STEPS.length - 1)];
  }

  private go(step: number) {
    if (step < 0 || step >= TOUR_STEPS.length || step === this.step) return;
    this.emit('state-change', { patch: { tourStep: step }, history: 'replace' });
  }

  private togglePlay = () => {
    if (this.playing) return this.pause();
    this.playing = true;
    this.timer = setInterval(() => this.go(this.step + 1), PLAY_STEP_MS);
  };

  private pause() {
    this.playing = false;
    clearInterval(this.timer);
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      this.go(this.step + (event.key === 'ArrowRight' ? 1 : -1));
    } else if (event.key === 'Escape') {
      // Handled here: the shell's own Esc (closing the card) must not fire as well.
      event.preventDefault();
      this.close();
    }
  };

  private close = () => {
    this.pause();
    this.emit('panel-closed', undefined);
  };

  private emit(type: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
customElements.define('story-tour', StoryTour);

declare global {
  interface HTMLElementTagNameMap {
    'story-tour': StoryTour;
  }
}
