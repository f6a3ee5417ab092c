import Papa from 'papaparse';
import { problem, type ImportProblem } from './problems';
import { decodeText, type ReadOutcome } from './read-result';

/** Column names taken for longitude and latitude, compared trimmed and lower-cased. */
const LON_NAMES = ['lon', 'lng', 'long', 'longitude', 'x', '经度'];
const LAT_NAMES = ['lat', 'latitude', 'y', '纬度'];

/** A cell as a number, or null when it is not one (empty, text, NaN, ±Infinity). */
function numberIn(cell: string | undefined): number | null {
  const text = (cell ?? '').trim();
  const value = text === '' ? NaN : Number(text);
  return Number.isFinite(value) ? value : null;
}

/** CSV with a header row, through papaparse: one point per row, the other columns as its properties (text). */
export function readCsv(bytes: Uint8Array): ReadOutcome {
  const text = decodeText(bytes);
  if (text.includes('\u0000')) return { ok: false, problem: problem('NOT_CSV') };
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = parsed.data;
  const names = header.map((name) => String(name).trim().toLowerCase());
  const lonColumn = names.findIndex((name) => LON_NAMES.includes(name));
  const latColumn = names.findIndex((name) => LAT_NAMES.includes(name));
  if (lonColumn === -1 || latColumn === -1) return { ok: false, problem: problem('NO_COORDINATE_COLUMNS') };
  const problems: ImportProblem[] = [];
  const features: unknown[] = [];
  rows.forEach((row, i) => {
    const [lon, lat] = [numberIn(row[lonColumn]), numberIn(row[latColumn])];
    // Row numbers as a spreadsheet shows them: the header is row 1.
    const where = { feature: i + 1 };
    if (lon === null || lat === null) {
      const [column, value] = lon === null ? [header[lonColumn], row[lonColumn]] : [header[latColumn], row[latColumn]];
      problems.push(problem('BAD_ROW', where, { row: i + 2, column: String(column), value: String(value ?? '').slice(0, 40) }));
      features.push(null); // keeps the numbering; the pipeline skips rows already reported
      return;
    }
    const properties = Object.fromEntries(header.map((name, c) => [String(name), row[c] ?? '']).filter((_, c) => c !== lonColumn && c !== latColumn));
    features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [lon, lat] } });
  });
  return { ok: true, features, declared: null, problems };
}
