import { LitElement, css, html } from 'lit';

/** What an announcement is about: a newer one of the same topic replaces an older one still waiting. */
export type AnnouncementTopic = 'selection' | 'view' | 'drawing';

/** Topics in the order they are read when several wait: what was chosen or drawn, then where the map went. */
const TOPIC_ORDER: readonly AnnouncementTopic[] = ['selection', 'drawing', 'view'];

/** Quiet time before speaking: a flight or a run of key presses is announced once, where it ends. */
export const ANNOUNCE_DELAY_MS = 700;

/**
 * A polite live region, not shown, that tells screen-reader users what changed on the map. Calls
 * to announce() within ANNOUNCE_DELAY_MS of each other are read once, together.
 */
export class LiveAnnouncer extends LitElement {
  static properties = { text: { state: true } };
  private text = '';
  private waiting = new Map<AnnouncementTopic, string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  static styles = css`
    :host { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  `;

  render() {
    return html`<div role="status" aria-live="polite" aria-atomic="true">${this.text}</div>`;
  }

  announce(topic: AnnouncementTopic, text: string) {
    this.waiting.set(topic, text);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.text = TOPIC_ORDER.flatMap((t) => this.waiting.get(t) ?? []).join(' ');
      this.waiting.clear();
    }, ANNOUNCE_DELAY_MS);
  }

  disconnectedCallback() {
    clearTimeout(this.timer);
    super.disconnectedCallback();
  }
}
customElements.define('live-announcer', LiveAnnouncer);

declare global {
  interface HTMLElementTagNameMap {
    'live-announcer': LiveAnnouncer;
  }
}
