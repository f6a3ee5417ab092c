/**
 * `npm run build:font` — builds the bundled map-label font.
 *
 * Subsets Noto Sans CJK SC Regular to the characters the map labels use (see
 * `collect-label-chars.ts`) and writes, for committing:
 * - `public/fonts/labels-noto-sans-sc.woff2`     the font the style's `font-faces` points at;
 * - `public/fonts/labels-noto-sans-sc.chars.txt` its character list, one per line, for review in diffs;
 * - `public/fonts/OFL.txt`                       the font's SIL Open Font License 1.1.
 *
 * Environment:
 * - `LABEL_FONT_SOURCE`  source font (.ttc/.otf/.ttf); default {@link DEFAULT_SOURCE} (Debian fonts-noto-cjk).
 * - `LABEL_FONT_FACE`    PostScript name of the face to take from a collection; default {@link DEFAULT_FACE}.
 * - `LABEL_FONT_LICENSE` file holding the OFL text; default {@link DEFAULT_LICENSE_SOURCE}.
 *
 * Face selection: `subset-font` hands harfbuzz face index 0 and its format sniffing rejects `ttcf`
 * collections outright, so for a TTC the wanted face is found by PostScript name with fontkit and
 * its tables are copied out into a standalone OpenType file first (table bytes untouched).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectLabelText } from './collect-label-chars.ts';

export const DEFAULT_SOURCE = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
export const DEFAULT_FACE = 'NotoSansCJKsc-Regular';
export const DEFAULT_LICENSE_SOURCE = '/usr/share/doc/fonts-noto-cjk/copyright';
export const OUT_DIR = join('public', 'fonts');
export const OUT_FONT = join(OUT_DIR, 'labels-noto-sans-sc.woff2');
export const OUT_CHARS = join(OUT_DIR, 'labels-noto-sans-sc.chars.txt');
export const OUT_LICENSE = join(OUT_DIR, 'OFL.txt');

/** The bits of fontkit used here (it ships no types). */
interface FontkitFont {
  postscriptName: string;
  familyName: string;
  getName(key: string, lang?: string): string | null;
}
interface FontkitCollection {
  type: 'TTC' | 'DFont';
  fonts: FontkitFont[];
}
type SubsetFont = (
  font: Buffer,
  text: string,
  options: { targetFormat: 'woff2'; keepFeatures?: string[]; preserveNameIds?: number[] },
) => Promise<Buffer>;

const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { create(buffer: Buffer): FontkitFont | FontkitCollection };
const subsetFont = require('subset-font') as SubsetFont;

/**
 * OpenType features kept: those browsers apply by default to horizontal and vertical text (MapLibre
 * draws with `vert` for vertical labels). `locl` is dropped on purpose so that a page or machine
 * language never swaps in JP/KR/TC glyph forms — SC forms everywhere — and `aalt`/`fwid`/`hwid`/…
 * alternates are not pulled in (this halves the file: ~330 instead of ~830 glyphs).
 */
export const KEEP_FEATURES = ['ccmp', 'calt', 'clig', 'liga', 'kern', 'mark', 'mkmk', 'vert', 'vrt2', 'vkrn'];

/** Name IDs kept in the subset besides harfbuzz's default 0–6: trademark, licence, licence URL. */
const EXTRA_NAME_IDS = [7, 13, 14];

/**
 * Copies face `index` of a TrueType/OpenType collection out into a standalone sfnt. The table
 * directory is rebuilt with new offsets; table data (hence table checksums) is copied verbatim.
 */
export function extractCollectionFace(ttc: Buffer, index: number): Buffer {
  if (ttc.toString('latin1', 0, 4) !== 'ttcf') throw new Error('not a font collection (no ttcf tag)');
  const numFonts = ttc.readUInt32BE(8);
  if (index < 0 || index >= numFonts) throw new Error(`face index ${index} out of range 0..${numFonts - 1}`);
  const dir = ttc.readUInt32BE(12 + 4 * index);
  const numTables = ttc.readUInt16BE(dir + 4);
  const headerSize = 12 + 16 * numTables;
  const tables = Array.from({ length: numTables }, (_, t) => {
    const rec = dir + 12 + 16 * t;
    return { record: ttc.subarray(rec, rec + 8), offset: ttc.readUInt32BE(rec + 8), length: ttc.readUInt32BE(rec + 12) };
  });
  const padded = (n: number) => (n + 3) & ~3;
  const out = Buffer.alloc(headerSize + tables.reduce((sum, t) => sum + padded(t.length), 0));
  ttc.copy(out, 0, dir, dir + 12); // sfnt version, numTables, searchRange, entrySelector, rangeShift
  let cursor = headerSize;
  tables.forEach((t, n) => {
    const rec = 12 + 16 * n;
    t.record.copy(out, rec); // tag + checksum
    out.writeUInt32BE(cursor, rec + 8);
    out.writeUInt32BE(t.length, rec + 12);
    ttc.copy(out, cursor, t.offset, t.offset + t.length);
    cursor += padded(t.length);
  });
  return out;
}

/** Reads the source font and returns the wanted face as a standalone sfnt, with how it was found. */
export function loadSourceFace(path: string, faceName: string): { sfnt: Buffer; font: FontkitFont; description: string } {
  if (!existsSync(path)) {
    throw new Error(
      `Label font source not found: ${path}\n` +
        `Install it with \`sudo apt-get install fonts-noto-cjk\`, or set LABEL_FONT_SOURCE to a Noto Sans CJK SC ` +
        `Regular .ttc/.otf (e.g. LABEL_FONT_SOURCE=/path/NotoSansCJK-Regular.ttc npm run build:font).`,
    );
  }
  const buffer = readFileSync(path);
  const opened = fontkit.create(buffer);
  if (!('fonts' in opened)) {
    return { sfnt: buffer, font: opened, description: `${opened.postscriptName} (${basename(path)})` };
  }
  const names = opened.fonts.map((f) => f.postscriptName);
  const index = names.indexOf(faceName);
  if (index < 0) throw new Error(`Face ${faceName} not in ${path}; it holds: ${names.join(', ')} (set LABEL_FONT_FACE)`);
  const sfnt = extractCollectionFace(buffer, index);
  const font = fontkit.create(sfnt) as FontkitFont;
  if (font.postscriptName !== faceName) throw new Error(`extracted face is ${font.postscriptName}, expected ${faceName}`);
  return { sfnt, font, description: `${faceName} (face ${index} of ${names.length} in ${basename(path)})` };
}

/**
 * The OFL text for `public/fonts/OFL.txt`: the font's own copyright/trademark/licence name records,
 * then the SIL OFL 1.1 stanza from the Debian copyright file (DEP-5 indentation and `.` lines undone).
 */
export function licenceText(font: FontkitFont, debianCopyright: string): string {
  const stanza = /^License: SIL-1\.1\n((?:[ \t].*\n?)+)/m.exec(debianCopyright);
  if (!stanza) throw new Error('no "License: SIL-1.1" stanza found in the licence source');
  const body = stanza[1]
    .split('\n')
    .map((line) => (line.trim() === '.' ? '' : line.replace(/^ /, '')))
    .join('\n')
    .trimEnd();
  const header = [
    `${font.familyName} (${font.postscriptName}), subset to the map's label characters as labels-noto-sans-sc.woff2.`,
    font.getName('copyright'),
    font.getName('trademark'),
    font.getName('license'),
  ].filter((line): line is string => !!line);
  return `${header.join('\n')}\n\n${body}\n`;
}

/** One line per character, `U+XXXX<TAB>char`, so diffs show exactly which glyphs came or went. */
export function charListText(chars: string): string {
  return [...chars].map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}\t${ch}\n`).join('');
}

async function main(): Promise<void> {
  const started = performance.now();
  const source = process.env.LABEL_FONT_SOURCE || DEFAULT_SOURCE;
  const faceName = process.env.LABEL_FONT_FACE || DEFAULT_FACE;
  const licenceSource = process.env.LABEL_FONT_LICENSE || DEFAULT_LICENSE_SOURCE;

  const chars = collectLabelText('geo');
  const { sfnt, font, description } = loadSourceFace(source, faceName);
  const woff2 = await subsetFont(sfnt, chars, {
    targetFormat: 'woff2',
    keepFeatures: KEEP_FEATURES,
    preserveNameIds: EXTRA_NAME_IDS,
  });

  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(OUT_FONT, woff2);
  writeFileSync(OUT_CHARS, charListText(chars));
  if (existsSync(licenceSource)) {
    writeFileSync(OUT_LICENSE, licenceText(font, readFileSync(licenceSource, 'utf8')));
  } else if (existsSync(OUT_LICENSE)) {
    console.warn(`build:font: ${licenceSource} not found; keeping the existing ${OUT_LICENSE}`);
  } else {
    throw new Error(`OFL licence source ${licenceSource} not found (apt-get install fonts-noto-cjk or set LABEL_FONT_LICENSE)`);
  }

  const ms = Math.round(performance.now() - started);
  console.log(`build:font: ${[...chars].length} chars, ${woff2.length} bytes woff2 -> ${OUT_FONT} from ${description} in ${ms} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    console.error(`build:font failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
