/**
 * Collects the set of characters the map labels can draw, so the bundled label font
 * (`public/fonts/labels-noto-sans-sc.woff2`) can be subset to exactly those characters.
 *
 * Sources:
 * - the {@link LABEL_PROPERTIES} of every feature in `<geoDir>/*.geojson`;
 * - every string literal in `src/layers/label-text.ts`, if that file exists;
 * - printable ASCII (U+0020–U+007E) and {@link COMMON_CJK_PUNCTUATION}, always.
 *
 * Used by `scripts/label-font/build-label-font.ts` (to build the font) and by
 * `test/font/label-font.test.ts` (to prove the committed font still covers the labels).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Feature properties whose values end up in map labels. */
export const LABEL_PROPERTIES = ['name_zh', 'name_en', 'label_zh', 'label_en'] as const;

/** Printable ASCII, U+0020–U+007E: always kept so English labels and numbers never miss a glyph. */
export const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

/**
 * Punctuation commonly used in Chinese place and project names, always kept (a few glyphs) so a new
 * label such as “长三角数字干线·青浦” or “（一期）” renders without rebuilding the font.
 */
export const COMMON_CJK_PUNCTUATION = '·—…‘’“”、。〈〉《》「」『』【】〔〕〜・！（），－．／：；？～';

/** Where the label string constants live, relative to the project root (the parent of `geo/`). */
export const LABEL_TEXT_MODULE = join('src', 'layers', 'label-text.ts');

export interface CollectOptions {
  /**
   * TypeScript file whose string literals are label text. Defaults to
   * `<geoDir>/../src/layers/label-text.ts`; `null` skips it. A missing file is ignored.
   */
  labelTextFile?: string | null;
}

/**
 * Returns the sorted (by code point), de-duplicated characters needed to draw every map label.
 *
 * Files in `geoDir` ending in `.geojson` are read as GeoJSON (FeatureCollection or single Feature);
 * empty files are skipped, a missing directory yields only the always-kept characters, and
 * geometry is never looked at (so `null` geometry is fine). Malformed JSON throws, naming the file.
 *
 * @param geoDir - directory holding the `*.geojson` layers, e.g. `'geo'`
 * @param options - see {@link CollectOptions}
 * @returns one string holding each needed character once, in code point order
 */
export function collectLabelText(geoDir: string, options: CollectOptions = {}): string {
  const texts: string[] = [PRINTABLE_ASCII, COMMON_CJK_PUNCTUATION];

  if (existsSync(geoDir)) {
    const files = readdirSync(geoDir).filter((f) => f.endsWith('.geojson')).sort();
    for (const file of files) {
      const path = join(geoDir, file);
      const source = readFileSync(path, 'utf8');
      if (source.trim() === '') continue;
      let data: unknown;
      try {
        data = JSON.parse(source);
      } catch (err) {
        throw new Error(`collectLabelText: ${path} is not valid JSON: ${(err as Error).message}`);
      }
      texts.push(...labelStringsOf(data));
    }
  }

  const labelTextFile =
    options.labelTextFile === undefined ? resolve(geoDir, '..', LABEL_TEXT_MODULE) : options.labelTextFile;
  if (labelTextFile && existsSync(labelTextFile)) {
    texts.push(...stringLiteralsOf(readFileSync(labelTextFile, 'utf8')));
  }

  return uniqueSortedChars(texts);
}

/**
 * Merges texts into one string of unique characters sorted by code point, dropping control
 * characters (C0, DEL, C1), which are never drawn. Works on code points, so astral characters
 * (e.g. CJK Extension B) stay whole.
 */
export function uniqueSortedChars(texts: Iterable<string>): string {
  const codePoints = new Set<number>();
  for (const text of texts) {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) continue;
      codePoints.add(cp);
    }
  }
  return String.fromCodePoint(...[...codePoints].sort((a, b) => a - b));
}

/** The label property values of a GeoJSON FeatureCollection or Feature (non-string scalars stringified). */
function labelStringsOf(data: unknown): string[] {
  const features: unknown[] =
    isObject(data) && Array.isArray(data.features) ? data.features : isObject(data) && data.type === 'Feature' ? [data] : [];
  const out: string[] = [];
  for (const feature of features) {
    const props = isObject(feature) && isObject(feature.properties) ? feature.properties : null;
    if (!props) continue;
    for (const key of LABEL_PROPERTIES) {
      const value = props[key];
      if (typeof value === 'string' || typeof value === 'number') out.push(String(value));
    }
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The decoded contents of the string literals ('…', "…", `…`) of a TypeScript/JavaScript source,
 * skipping comments; literals nested in `${…}` substitutions are collected too. A deliberately
 * small scanner (no regex-literal support): it may over-collect
 * (e.g. import paths), which only adds glyphs, never misses a literal's text.
 */
export function stringLiteralsOf(source: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (ch === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      let text = '';
      i++;
      while (i < source.length && source[i] !== ch) {
        if (source[i] === '\\') {
          const [decoded, next] = decodeEscape(source, i);
          text += decoded;
          i = next;
        } else if (ch === '`' && source[i] === '$' && source[i + 1] === '{') {
          const end = substitutionEnd(source, i + 2);
          out.push(...stringLiteralsOf(source.slice(i + 2, end - 1)));
          i = end;
        } else {
          text += source[i++];
        }
      }
      i++; // closing quote
      out.push(text);
    } else {
      i++;
    }
  }
  return out;
}

/** Decodes the escape sequence starting at `source[i] === '\\'`; returns the text and the next index. */
function decodeEscape(source: string, i: number): [string, number] {
  const c = source[i + 1];
  const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', 0: '\0' };
  if (c in simple) return [simple[c], i + 2];
  if (c === 'x') return [String.fromCharCode(parseInt(source.slice(i + 2, i + 4), 16)), i + 4];
  if (c === 'u' && source[i + 2] === '{') {
    const end = source.indexOf('}', i + 3);
    return [String.fromCodePoint(parseInt(source.slice(i + 3, end), 16)), end + 1];
  }
  if (c === 'u') return [String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16)), i + 6];
  if (c === '\r' || c === '\n') return ['', i + 2]; // line continuation
  return [c ?? '', i + 2];
}

/** The index just past the `}` closing a template `${…}` whose body starts at `i` (nested braces counted). */
function substitutionEnd(source: string, i: number): number {
  let depth = 1;
  while (i < source.length && depth > 0) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}') depth--;
    i++;
  }
  return i;
}
