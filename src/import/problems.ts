import { t, type Lang, type MessageKey } from '../i18n/translate';
import '../i18n/import.messages';

/** Problems that mean the file could not be read as the format it claims (the doctor exits 2). */
export const UNREADABLE_CODES = [
  'TOO_LARGE',
  'EMPTY_FILE',
  'UNKNOWN_FORMAT',
  'NOT_JSON',
  'NOT_GEOJSON',
  'NOT_XML',
  'NOT_CSV',
  'NO_COORDINATE_COLUMNS',
  'NOT_SHAPEFILE',
] as const;

/** Problems with the file's coordinate system as a whole. */
export const CRS_CODES = ['CRS_UNSUPPORTED', 'CRS_UNDECLARED', 'DATUM_DETECTED'] as const;

/** Problems with one feature (or one CSV row). */
export const FEATURE_CODES = [
  'BAD_ROW',
  'NOT_A_FEATURE',
  'NO_GEOMETRY',
  'NON_FINITE',
  'OUT_OF_RANGE',
  'SWAPPED',
  'INVALID_GEOMETRY',
  'SELF_INTERSECTION',
  'WINDING',
  'UNSAFE_KEY',
  'NESTED_TOO_DEEP',
] as const;

export type ProblemCode = (typeof UNREADABLE_CODES)[number] | (typeof CRS_CODES)[number] | (typeof FEATURE_CODES)[number];
export type Severity = 'error' | 'warning';

/** Codes that leave the feature (or file) out; the others are warnings and the data still imports. */
const WARNINGS: ReadonlySet<ProblemCode> = new Set(['DATUM_DETECTED', 'WINDING', 'UNSAFE_KEY', 'NESTED_TOO_DEEP']);

export interface ImportProblem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  /** The feature's number in file order, from 1 (for CSV: the data row's), where the problem is in one. */
  readonly feature?: number;
  /** The feature's id or name, as text. */
  readonly featureName?: string;
  /** Values for the message's placeholders; always text or numbers, never markup. */
  readonly values?: Readonly<Record<string, string | number>>;
}

/** A problem with its severity, which follows from its code. */
export function problem(
  code: ProblemCode,
  where: { feature?: number; featureName?: string } = {},
  values: Record<string, string | number> = {},
): ImportProblem {
  return { code, severity: WARNINGS.has(code) ? 'warning' : 'error', ...where, values };
}

export const isUnreadable = (p: ImportProblem) => (UNREADABLE_CODES as readonly string[]).includes(p.code);

/** The problem in words, naming its feature and saying what to do. */
export function problemMessage(p: ImportProblem, lang: Lang): string {
  const feature =
    p.feature === undefined
      ? ''
      : p.featureName
        ? t(lang, 'Feature.named', { index: p.feature, name: p.featureName })
        : t(lang, 'Feature.atIndex', { index: p.feature });
  const text = t(lang, `Problem.${p.code}` as MessageKey, { ...p.values, feature });
  // English sentences start with the feature; Chinese ones read well either way.
  return lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** The problem as one line of a report, after its severity ("Error: …", "错误：…"). */
export const problemLine = (p: ImportProblem, lang: Lang): string =>
  t(lang, 'Problem.line', { severity: t(lang, `Severity.${p.severity}`), message: problemMessage(p, lang) });
