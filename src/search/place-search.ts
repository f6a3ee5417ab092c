import MiniSearch from 'minisearch';
import { Converter } from 'opencc-js/t2cn';
import { match } from 'pinyin-pro';
import type { SearchEntry } from './search-entries';

/** Traditional characters (Taiwan, Hong Kong) folded to the simplified ones the plan uses. */
const toSimplified = Converter({ from: 't', to: 'cn' });
const HAN = /\p{Script=Han}/u;
/** Typed pinyin: letters, with the spaces or apostrophes some people put between syllables. */
const PINYIN = /^[a-z]+$/;

/** How many results a search returns unless told otherwise. */
export const RESULT_LIMIT = 8;

/**
 * Finds entries by what a visitor types: Chinese (simplified or traditional) within the Chinese
 * name; full pinyin, initials or a mix ("xicen", "xc", "zhujiaj") against the Chinese name, every
 * reading of a polyphone counting (重固 is chonggu); English words, allowing typos and
 * unfinished words, against the English name.
 */
export class PlaceSearch {
  private readonly english = new MiniSearch<{ index: number; en: string }>({
    idField: 'index',
    fields: ['en'],
    searchOptions: { fuzzy: 0.2, prefix: true },
  });

  constructor(private readonly entries: readonly SearchEntry[]) {
    this.english.addAll(entries.flatMap((entry, index) => (entry.name.en ? [{ index, en: entry.name.en }] : [])));
  }

  /** The entries that fit `query`, best first: whole-name and start-of-name matches before the rest. */
  search(query: string, limit = RESULT_LIMIT): SearchEntry[] {
    const text = query.normalize('NFKC').trim();
    if (!text) return [];
    const scores = HAN.test(text) ? this.byChinese(toSimplified(text)) : this.byLatin(text);
    return [...scores]
      .sort(([a, x], [b, y]) => y - x || a - b)
      .slice(0, limit)
      .map(([index]) => this.entries[index]!);
  }

  /** Score by entry index: 2–4 for a name containing the text, more for its start and a closer fit. */
  private byChinese(text: string): Map<number, number> {
    const compact = text.replace(/\s+/g, '');
    const scores = new Map<number, number>();
    this.entries.forEach(({ name }, index) => {
      const zh = name.zh.replace(/\s+/g, '');
      const at = zh.indexOf(compact);
      if (at >= 0) scores.set(index, 2 + (at === 0 ? 1 : 0) + compact.length / zh.length);
    });
    return scores;
  }

  /** Pinyin scores 2–4 like Chinese; English scores 1–2, relative to the best English match. */
  private byLatin(text: string): Map<number, number> {
    const scores = new Map<number, number>();
    const typed = text.toLowerCase().replace(/[\s']+/g, '');
    if (PINYIN.test(typed)) {
      this.entries.forEach(({ name }, index) => {
        const zh = name.zh.replace(/\s+/g, '');
        const matched = match(zh, typed, { continuous: true });
        if (matched?.length) scores.set(index, 2 + (matched[0] === 0 ? 1 : 0) + matched.length / zh.length);
      });
    }
    const english = this.english.search(text);
    const best = english[0]?.score ?? 1;
    for (const result of english) {
      const index = result.id as number;
      scores.set(index, Math.max(scores.get(index) ?? 0, 1 + result.score / best));
    }
    return scores;
  }
}
