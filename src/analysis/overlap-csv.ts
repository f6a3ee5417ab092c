import Papa from 'papaparse';
import { t, type Lang, type MessageKey } from '../i18n/translate';
import type { OverlapRow } from './overlap';
import '../i18n/nearby.messages';

/** Byte order mark: Excel reads a CSV as UTF-8 (and so shows Chinese) only when it starts with one. */
const BOM = '\uFEFF';

/**
 * The overlap table as CSV in the reader's language: names, kind, accuracy, footprint, area and
 * share inside. Numbers are plain (3 decimals for km², 1 for %) so spreadsheets read them as numbers;
 * a park drawn as a point says so instead. Cells that a spreadsheet would run as a formula are escaped.
 */
export function overlapCsv(rows: readonly OverlapRow[], lang: Lang): string {
  const plain = (value: number, digits: number) => value.toFixed(digits);
  const noArea = t(lang, 'Nearby.pointInside');
  const header: MessageKey[] = ['Nearby.colName', 'Nearby.colKind', 'Nearby.colAccuracy', 'Nearby.colArea', 'Nearby.colInsideKm2', 'Nearby.colInsidePct'];
  const body = rows.map((row) => [
    lang === 'zh' ? row.name_zh : row.name_en,
    t(lang, `Kind.${row.kind}` as MessageKey),
    t(lang, `Accuracy.${row.accuracy}` as MessageKey),
    row.areaKm2 === null ? t(lang, 'Card.notStated') : plain(row.areaKm2, 3),
    row.insideKm2 === null ? noArea : plain(row.insideKm2, 3),
    row.insidePct === null ? noArea : plain(row.insidePct, 1),
  ]);
  return BOM + Papa.unparse([header.map((key) => t(lang, key)), ...body], { escapeFormulae: true, newline: '\r\n' });
}

/** A file name that says what the table is, in the reader's language (Chinese kept as is). */
export function overlapCsvName(lang: Lang, buffer: string): string {
  return `${t(lang, 'Nearby.fileStem')}-${buffer}.csv`.replace(/[\\/:*?"<>|\s]+/g, '-');
}
