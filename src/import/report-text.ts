import { formatNumber, t, tCount, type Lang, type MessageKey } from '../i18n/translate';
import type { ImportReport } from './import-file';
import { problemLine, problemMessage } from './problems';
import '../i18n/import.messages';

/** The coordinate system the data came in, in words ("GCJ-02 (converted with gcoord)"). */
export function datumText(report: Pick<ImportReport, 'crs' | 'crsName'>, lang: Lang): string {
  return t(lang, `Datum.${report.crs}` as MessageKey, { crs: report.crsName ?? '' });
}

/** The report as the doctor prints it: a summary line, the datum, then one line per problem. */
export function reportLines(report: ImportReport, lang: Lang): string[] {
  const { sourceName: name, features, importable } = report;
  const lines = report.readable
    ? [importable > 0 ? tCount(lang, 'Import.summary', features, { name, importable }) : t(lang, 'Import.nothingImported', { name }), t(lang, 'Import.datum', { datum: datumText(report, lang) })]
    : [];
  if (report.areaKm2 > 0) lines.push(t(lang, 'Import.area', { km2: formatNumber(lang, report.areaKm2, 3) }));
  for (const p of report.problems) lines.push(problemLine(p, lang));
  return lines;
}

/** The report as one JSON object, for CI: counts, the datum, and each problem with its message. */
export function reportJson(report: ImportReport, lang: Lang) {
  return {
    file: report.sourceName,
    format: report.format,
    readable: report.readable,
    features: report.features,
    importable: report.importable,
    crs: report.crs,
    crsName: report.crsName,
    datumSource: report.datumSource,
    areaKm2: report.areaKm2,
    problems: report.problems.map((p) => ({
      code: p.code,
      severity: p.severity,
      ...(p.feature !== undefined && { feature: p.feature }),
      ...(p.featureName !== undefined && { featureName: p.featureName }),
      message: problemMessage(p, lang),
    })),
  };
}
