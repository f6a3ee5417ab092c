import type { Feature } from 'geojson';
import { z } from 'zod';
import type { FeatureKind, LayerFile } from '../schemas/geo-feature.schema.ts';
import { formatSeedSource } from '../schemas/seeds.schema.ts';
import { REASON, type Problem } from './reasons.ts';

const SourceSchema = z.object({ doc: z.string(), section: z.string() });
const RecordSchema = z.looseObject({ id: z.string(), name_zh: z.string(), name_en: z.string(), source: SourceSchema });
const SeqRecordSchema = RecordSchema.extend({ seq: z.number() });
const TARGET_KEYS = [
  'industry_scale_yi_yuan',
  'digital_core_scale_yi_yuan',
  'digitalization_rate_pct',
  'digital_trade_sales_yi_yuan',
  'cross_border_ecommerce_orders_wan',
] as const;
const BaseParkRecordSchema = SeqRecordSchema.extend({
  planned_area_km2: z.number().nullable(),
  targets_2023: z.looseObject(Object.fromEntries(TARGET_KEYS.map((k) => [k, z.number().nullable()])) as Record<(typeof TARGET_KEYS)[number], z.ZodNullable<z.ZodNumber>>),
});

/** What check:geo reads from each seeds/ file (the seeds' own schema checks the rest). */
export const SEED_FILES = {
  'trunk.json': { schema: RecordSchema, layer: 'trunk-lines.geojson', kind: 'trunk_line', hasSeq: false },
  'pillars.json': { schema: SeqRecordSchema, layer: 'pillars.geojson', kind: 'pillar', hasSeq: true },
  'base-parks.json': { schema: BaseParkRecordSchema, layer: 'base-parks.geojson', kind: 'base_park', hasSeq: true },
  'belts.json': { schema: RecordSchema, layer: 'belts.geojson', kind: 'belt', hasSeq: false },
  'sub-areas.json': { schema: RecordSchema, layer: 'sub-areas.geojson', kind: 'sub_area', hasSeq: false },
} as const satisfies Record<string, { schema: z.ZodType; layer: LayerFile; kind: FeatureKind; hasSeq: boolean }>;
export type SeedFile = keyof typeof SEED_FILES;

/** The parsed records of the seed files, per file name; a file that failed to parse is absent. */
export type Seeds = { [F in SeedFile]?: z.infer<(typeof SEED_FILES)[F]['schema']>[] };

/** Parses one seeds/ file's `{records: [...]}`; problems name the file as `seeds/<name>`. */
export function parseSeedFile<F extends SeedFile>(name: F, json: unknown): { records?: Seeds[F]; problems: Problem[] } {
  const parsed = z.object({ records: z.array(SEED_FILES[name].schema) }).safeParse(json);
  if (parsed.success) return { records: parsed.data.records as Seeds[F], problems: [] };
  return {
    problems: parsed.error.issues.map((issue) => ({
      file: `seeds/${name}`,
      reason: REASON.BAD_SEED_FILE,
      message: `${issue.path.map(String).join('.') || '(file)'}: ${issue.message}`,
    })),
  };
}

/** The properties a seed record fixes, with the values it fixes them to. */
function expectedProperties(record: z.infer<typeof RecordSchema>, hasSeq: boolean): [string, unknown][] {
  const expected: [string, unknown][] = [
    ['name_zh', record.name_zh],
    ['name_en', record.name_en],
    ['source', formatSeedSource(record.source)],
  ];
  if (hasSeq) expected.push(['seq', record.seq]);
  if ('planned_area_km2' in record && 'targets_2023' in record) {
    const park = record as z.infer<typeof BaseParkRecordSchema>;
    expected.push(['planned_area_km2', park.planned_area_km2]);
    for (const key of TARGET_KEYS) expected.push([`target_2023_${key}`, park.targets_2023[key]]);
  }
  return expected;
}

/**
 * The plan is the authority: every seed record has exactly one feature with its id, in its layer,
 * with the same names, source, sequence and (base parks) planned area and 2023 targets; and no
 * plan feature of a seeded kind exists without a seed.
 */
export function checkSeedAgreement(seeds: Seeds, files: readonly { file: string; features: readonly Feature[] }[]): Problem[] {
  const problems: Problem[] = [];
  const all = files.flatMap(({ file, features }) => features.map((feature) => ({ file, feature })));
  for (const [seedFile, { layer, kind, hasSeq }] of Object.entries(SEED_FILES)) {
    const records = seeds[seedFile as SeedFile];
    if (!records) continue;
    const seedIds = new Set(records.map((r) => r.id));
    if (!files.some((f) => f.file === layer)) {
      problems.push({ file: layer, reason: REASON.MISSING_SEED_FEATURE, message: `file missing, so none of the ${records.length} records of seeds/${seedFile} has a feature` });
      continue;
    }
    for (const record of records) {
      const matches = all.filter(({ feature }) => feature.id === record.id);
      if (matches.length === 0) {
        problems.push({ file: layer, featureId: record.id, reason: REASON.MISSING_SEED_FEATURE, message: `seeds/${seedFile} has "${record.id}" (${record.name_zh}) but no feature in geo/ has that id` });
        continue;
      }
      if (matches.length > 1) {
        problems.push({ file: layer, featureId: record.id, reason: REASON.SEED_MISMATCH, message: `${matches.length} features share the id of one seed record (${matches.map((m) => m.file).join(', ')})` });
      }
      for (const { file, feature } of matches) {
        if (file !== layer) {
          problems.push({ file, featureId: record.id, reason: REASON.SEED_MISMATCH, message: `seeded by seeds/${seedFile}, so it belongs in ${layer}` });
          continue;
        }
        for (const [key, want] of expectedProperties(record, hasSeq)) {
          const have = feature.properties?.[key];
          if (have !== want) {
            problems.push({ file, featureId: record.id, reason: REASON.SEED_MISMATCH, message: `${key} is ${JSON.stringify(have)} but seeds/${seedFile} says ${JSON.stringify(want)}` });
          }
        }
      }
    }
    for (const { file, feature } of all) {
      if (feature.properties?.kind === kind && typeof feature.id === 'string' && !seedIds.has(feature.id)) {
        problems.push({ file, featureId: feature.id, reason: REASON.UNSEEDED_FEATURE, message: `a ${kind} with no record in seeds/${seedFile}: plan features come from the plan` });
      }
    }
  }
  return problems;
}
