import type { Feature } from 'geojson';
import { footprintRows, signed } from './footprint-area.ts';
import type { Problem } from './reasons.ts';

/** What the report is made from: the files read and the problems found. */
export interface ReportInput {
  files: { file: string; features: Feature[] }[];
  problems: Problem[];
}

const kindsOf = (features: readonly Feature[]) =>
  [...new Set(features.map((f) => String(f.properties?.kind ?? '?')))].join(', ') || '—';

/**
 * The check:geo report as lines: one line per file (✓/✗, feature count, kinds), the problems
 * grouped by file, the base parks' planned vs footprint areas, and a summary line.
 */
export function formatReport({ files, problems }: ReportInput, dirLabel = 'geo'): string[] {
  const lines: string[] = [];
  const width = Math.max(0, ...files.map((f) => f.file.length));
  const failing = new Set(problems.map((p) => p.file));
  for (const { file, features } of files) {
    lines.push(`${failing.has(file) ? '✗' : '✓'} ${dirLabel}/${file.padEnd(width)}  ${String(features.length).padStart(3)} features  ${kindsOf(features)}`);
  }
  if (problems.length > 0) {
    lines.push('', 'Problems:');
    const byFile = new Map<string, Problem[]>();
    for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
    for (const [file, list] of byFile) {
      lines.push(`  ${file.startsWith('seeds/') ? file : `${dirLabel}/${file}`} (${list.length})`);
      for (const p of list) lines.push(`    ${p.featureId ?? '(file)'}  ${p.reason}  ${p.message}`);
    }
  }
  const rows = footprintRows(files.flatMap((f) => f.features));
  if (rows.length > 0) {
    const idWidth = Math.max(9, ...rows.map((r) => r.id.length));
    lines.push('', 'Base parks with a planned area:', `  ${'base park'.padEnd(idWidth)}  planned km² | footprint km² |     Δ%`);
    for (const r of rows) {
      const footprint = r.footprintKm2 === null ? 'not a polygon' : r.footprintKm2.toFixed(3);
      const delta = r.deltaPct === null ? '—' : signed(r.deltaPct);
      lines.push(`  ${r.id.padEnd(idWidth)}  ${r.plannedKm2.toFixed(2).padStart(11)} | ${footprint.padStart(13)} | ${delta.padStart(6)}`);
    }
  }
  const featureCount = files.reduce((n, f) => n + f.features.length, 0);
  lines.push('', `check:geo: ${files.length} file${files.length === 1 ? '' : 's'}, ${featureCount} feature${featureCount === 1 ? '' : 's'}, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  return lines;
}
