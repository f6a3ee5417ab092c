import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FeatureIndex } from '../data/feature-index';
import { t, tCount, type Lang, type MessageKey } from '../i18n/translate';
import type { PlaceSearch } from '../search/place-search';
import type { SearchEntry, SearchName } from '../search/search-entries';
import { KIND_KEYS } from './feature-kinds';

const KIND_LABELS: Record<SearchEntry['kind'], MessageKey> = {
  ...KIND_KEYS,
  firm: 'Kind.firm',
  partner: 'Kind.partner',
  programme: 'Kind.programme',
};

/**
 * The search field of the header, in the ARIA combobox pattern: type, move through the results with
 * ↑ and ↓, choose with Enter or a click, close with Esc. Its search code (pinyin, traditional
 * characters, fuzzy English) loads the first time the field is focused.
 * @fires feature-chosen - detail `{ featureId }`, when the visitor chooses a result the map shows.
 */
export class SearchBox extends LitElement {
  static properties = {
    lang: { type: String },
    index: { attribute: false },
    query: { state: true },
    results: { state: true },
    active: { state: true },
    expanded: { state: true },
    engine: { state: true },
    failure: { state: true },
  };
  lang: Lang = 'zh';
  /** The loaded features, or null until the data has loaded. */
  index: FeatureIndex | null = null;
  private query = '';
  private results: SearchEntry[] = [];
  /** The highlighted result, or -1. */
  private active = -1;
  private expanded = false;
  private engine: PlaceSearch | null = null;
  private failure: string | null = null;
  private wanted = false;
  private loading: Promise<void> | null = null;

  static styles = css`
    :host { display: block; position: relative; flex: 1 1 100%; }
    input { box-sizing: border-box; width: 100%; font: inherit; font-size: 0.9rem; min-height: 34px; padding: 0 10px; border: 1px solid #8a8070; border-radius: 6px; background: #fff; color: #2b2620; }
    input:focus-visible { outline: 3px solid #ffb703; outline-offset: 0; }
    ul { position: absolute; z-index: 1; top: calc(100% + 4px); left: 0; right: 0; margin: 0; padding: 4px 0; list-style: none; max-height: min(50vh, 360px); overflow: auto; background: #fffdf8; border: 1px solid #8a8070; border-radius: 6px; box-shadow: 0 4px 14px rgba(0,0,0,.18); }
    ul[hidden], .note[hidden] { display: none; }
    li { padding: 6px 10px; cursor: pointer; }
    li[aria-selected='true'] { background: #2b2620; color: #fff; }
    li[aria-selected='true'] .kind { color: #f1e9da; }
    li[aria-disabled='true'] { cursor: default; }
    .name { display: block; font-size: 0.9rem; }
    .kind { display: block; font-size: 0.75rem; color: #5c5245; }
    .note { position: absolute; z-index: 1; top: calc(100% + 4px); left: 0; right: 0; margin: 0; padding: 8px 10px; font-size: 0.85rem; background: #fffdf8; border: 1px solid #8a8070; border-radius: 6px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  `;

  protected updated(changed: PropertyValues) {
    if (changed.has('index') && this.wanted) this.load();
    if (changed.has('active')) this.renderRoot.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  render() {
    const { lang, expanded, results, active } = this;
    const note = expanded && this.query.trim() ? this.noteText() : '';
    return html`<input id="search" type="search" role="combobox" autocomplete="off" spellcheck="false"
        aria-label=${t(lang, 'Search.label')} placeholder=${t(lang, 'Search.placeholder')}
        aria-autocomplete="list" aria-controls="results" aria-expanded=${String(expanded && results.length > 0)}
        aria-activedescendant=${active >= 0 ? `result-${active}` : nothing}
        .value=${live(this.query)} @focus=${this.onFocus} @input=${this.onInput} @keydown=${this.onKeyDown} @blur=${this.onBlur} />
      <ul id="results" role="listbox" aria-label=${t(lang, 'Search.results')} ?hidden=${!expanded || results.length === 0}
        @mousedown=${(event: Event) => event.preventDefault()}>
        ${results.map(
          (entry, i) => html`<li id="result-${i}" role="option" aria-selected=${String(i === active)}
            aria-disabled=${entry.featureId === null ? 'true' : nothing} @click=${() => this.choose(entry)}>
            ${this.nameOf(entry.name, 'name')}<span class="kind">${this.kindOf(entry)}</span>
          </li>`,
        )}
      </ul>
      <p class="note" aria-hidden="true" ?hidden=${!note || results.length > 0}>${note}</p>
      <div class="visually-hidden" role="status">${note}</div>`;
  }

  /** A name in the chosen language; in English, a name the plan gives only in Chinese shows in Chinese, marked so. */
  private nameOf(name: SearchName, className: string) {
    return this.lang === 'en' && name.en
      ? html`<span class=${className} lang="en">${name.en}</span>`
      : html`<span class=${className} lang="zh-CN">${name.zh}</span>`;
  }

  /** The kind, and for a firm or partner where it leads, or the plan section of what the map does not draw. */
  private kindOf(entry: SearchEntry) {
    const { lang } = this;
    const namedBy = entry.namedBy && (lang === 'en' && entry.namedBy.en ? entry.namedBy.en : entry.namedBy.zh);
    return html`${t(lang, KIND_LABELS[entry.kind])}${namedBy ? html` · ${t(lang, 'Search.in', { name: namedBy })}` : nothing}${entry.section
      ? html` · ${t(lang, 'Search.notOnMap')} <span lang="zh-CN">§${entry.section}</span>`
      : nothing}`;
  }

  /** What the status line says: loading, a failure, or how many results there are. */
  private noteText(): string {
    const { lang } = this;
    if (this.failure) return t(lang, 'Search.failed', { detail: this.failure });
    if (!this.engine) return t(lang, 'Search.loading');
    const count = this.results.length;
    if (count === 0) return t(lang, 'Search.none');
    return tCount(lang, 'Search.count', count);
  }

  private onFocus = () => {
    this.wanted = true;
    this.load();
  };

  /** Loads the search code and builds the index once, when the data is there. */
  private load() {
    const index = this.index;
    if (this.engine || this.loading || !index) return;
    this.failure = null;
    this.loading = import('../search/load-search')
      .then(({ loadPlaceSearch }) => loadPlaceSearch(index))
      .then(
        (engine) => {
          this.engine = engine;
          this.runQuery();
        },
        (error: Error) => {
          this.failure = error.message;
        },
      )
      .finally(() => (this.loading = null));
  }

  private onInput = (event: InputEvent) => {
    this.query = (event.target as HTMLInputElement).value;
    this.runQuery();
  };

  private runQuery() {
    this.results = this.engine?.search(this.query) ?? [];
    this.active = -1;
    this.expanded = this.query.trim() !== '';
  }

  private onKeyDown = (event: KeyboardEvent) => {
    const count = this.results.length;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count > 0) {
      event.preventDefault();
      this.expanded = true;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = this.active < 0 && step < 0 ? count - 1 : (this.active + step + count) % count;
    } else if (event.key === 'Enter' && this.expanded && this.active >= 0) {
      event.preventDefault();
      this.choose(this.results[this.active]!);
    } else if (event.key === 'Escape' && (this.expanded || this.query)) {
      // Handled here: the shell leaves an open card alone for an Esc with defaultPrevented.
      event.preventDefault();
      if (this.expanded) this.close();
      else this.query = '';
    }
  };

  private onBlur = () => this.close();

  private close() {
    this.expanded = false;
    this.active = -1;
  }

  private choose(entry: SearchEntry) {
    if (entry.featureId === null) return;
    this.close();
    this.dispatchEvent(new CustomEvent('feature-chosen', { detail: { featureId: entry.featureId }, bubbles: true, composed: true }));
  }
}
customElements.define('search-box', SearchBox);

declare global {
  interface HTMLElementTagNameMap {
    'search-box': SearchBox;
  }
}
