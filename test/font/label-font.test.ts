/**
 * The bundled label font (public/fonts/labels-noto-sans-sc.woff2, built by `npm run build:font`)
 * must cover every character the map labels use, stay small, and really be a subset.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  PRINTABLE_ASCII,
  collectLabelText,
  stringLiteralsOf,
} from '../../scripts/label-font/collect-label-chars.ts';

/** The bits of fontkit used here (it ships no types). */
interface FontkitFont {
  familyName: string;
  postscriptName: string;
  numGlyphs: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
}
const fontkit = createRequire(import.meta.url)('fontkit') as { create(buffer: Buffer): FontkitFont };

const FONT_PATH = 'public/fonts/labels-noto-sans-sc.woff2';
const CHARS_PATH = 'public/fonts/labels-noto-sans-sc.chars.txt';
/** A character Noto Sans CJK SC has but no label uses: proves the file is a subset, not the whole font. */
const UNUSED_CHAR = '龘';

const hex = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

describe('bundled label font', () => {
  const bytes = readFileSync(FONT_PATH);
  const font = fontkit.create(bytes);
  const needed = collectLabelText('geo');

  it('is a woff2 of Noto Sans CJK SC', () => {
    expect(bytes.toString('latin1', 0, 4)).toBe('wOF2');
    expect(font.familyName).toMatch(/Noto Sans CJK SC|Noto Sans SC/);
    expect(font.postscriptName).toMatch(/^NotoSans(CJK)?sc-Regular$/i);
  });

  it('has a glyph for every character the labels use', () => {
    const missing = [...needed].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
    const report = missing.map((ch) => `${hex(ch)} ${JSON.stringify(ch)}`).join(', ');
    expect(
      missing,
      `${FONT_PATH} lacks ${missing.length} label character(s): ${report}\n` +
        'Run `npm run build:font` and commit public/fonts/.',
    ).toEqual([]);
  });

  it('ships a character list matching what the labels need', () => {
    const listed = readFileSync(CHARS_PATH, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t')[1])
      .join('');
    expect(listed, `${CHARS_PATH} is stale: run \`npm run build:font\``).toBe(needed);
  });

  it('is smaller than 400 KB', () => {
    expect(statSync(FONT_PATH).size).toBeLessThan(400 * 1024);
  });

  it('is a real subset', () => {
    expect(needed, `pick another UNUSED_CHAR: a label now uses ${UNUSED_CHAR}`).not.toContain(UNUSED_CHAR);
    expect(font.hasGlyphForCodePoint(UNUSED_CHAR.codePointAt(0)!)).toBe(false);
    expect(font.numGlyphs).toBeLessThan(5 * [...needed].length + 100); // the full face has ~65k
  });
});

describe('collectLabelText', () => {
  const root = mkdtempSync(join(tmpdir(), 'label-chars-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const feature = (properties: object | null, geometry: object | null = null) => ({ type: 'Feature', properties, geometry });
  const geo = join(root, 'geo');
  mkdirSync(geo);
  writeFileSync(
    join(geo, 'a.geojson'),
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        feature({ name_zh: '青浦区', name_en: 'Qingpu', other: '鑫' }, { type: 'Point', coordinates: [121.1, 31.1] }),
        feature({ name_zh: '青浦新城', label_zh: '华为·青浦' }), // null geometry is fine
        feature(null),
      ],
    }),
  );
  writeFileSync(join(geo, 'b.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [feature({ label_en: 'Café\n2' })] }));
  writeFileSync(join(geo, 'empty.geojson'), ''); // being written by someone else
  writeFileSync(join(geo, 'notes.json'), JSON.stringify({ name_zh: '忽略' })); // not *.geojson

  it('collects label properties, de-duplicated and sorted, plus printable ASCII', () => {
    const chars = collectLabelText(geo, { labelTextFile: null });
    for (const ch of '青浦区新城华为·é') expect(chars).toContain(ch);
    expect(chars).toContain(PRINTABLE_ASCII);
    expect(chars).not.toContain('鑫'); // not a label property
    expect(chars).not.toContain('忽'); // not a .geojson file
    expect(chars).not.toContain('\n'); // control characters need no glyph
    expect(new Set(chars).size).toBe([...chars].length);
    const codePoints = [...chars].map((ch) => ch.codePointAt(0)!);
    expect(codePoints).toEqual([...codePoints].sort((a, b) => a - b));
  });

  it('reads string literals of src/layers/label-text.ts next to geo/, and copes with no geo files', () => {
    mkdirSync(join(root, 'src', 'layers'), { recursive: true });
    writeFileSync(
      join(root, 'src', 'layers', 'label-text.ts'),
      "// 注释\nexport const A = '数字干线';\nexport const B = \"\\u5EA6\";\nexport const C = `${A}：${'示范区'}`;\n",
    );
    const chars = collectLabelText(geo);
    for (const ch of '数字干线度：示范区') expect(chars).toContain(ch);
    expect(chars).not.toContain('注');

    const none = collectLabelText(join(root, 'missing-geo'), { labelTextFile: null });
    expect(none.startsWith(PRINTABLE_ASCII)).toBe(true);
  });

  it('stringLiteralsOf decodes escapes', () => {
    expect(stringLiteralsOf("x = 'a\\'b' + \"\\u{20BB7}\\x41\";")).toEqual(["a'b", '𠮷A']);
  });
});
