import { z } from 'zod';
import { FEATURE_ID_PATTERN } from './feature-id';

/** How far a geometry can be trusted; drives the dashed styling and the card's badge. */
export const ACCURACY_LEVELS = ['surveyed', 'approximate', 'indicative', 'schematic'] as const;
export const AccuracySchema = z.enum(ACCURACY_LEVELS);
export type Accuracy = z.infer<typeof AccuracySchema>;

export const FEATURE_KINDS = [
  'trunk_line',
  'line17_station',
  'dz_station',
  'pillar',
  'base_park',
  'belt',
  'sub_area',
  'boundary',
  'water',
  'town',
  'poi',
  'corridor',
  'anchor',
] as const;
export const FeatureKindSchema = z.enum(FEATURE_KINDS);
export type FeatureKind = z.infer<typeof FeatureKindSchema>;

const id = z.string().regex(FEATURE_ID_PATTERN, 'id must be kebab-case ascii');

/** Properties every feature in geo/ carries, whatever its layer. */
export const CommonPropertiesSchema = z.object({
  id,
  kind: FeatureKindSchema,
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  /** Document and section the fact comes from, e.g. "001 §三(三)1", or the dataset for context layers. */
  source: z.string().min(3),
  accuracy: AccuracySchema,
  est_error_m: z.number().positive().nullable(),
  /** Where the coordinates come from (survey, dataset, our estimate). */
  geometry_source: z.string().min(3),
  /** The same in Chinese, for the card in Chinese: a faithful translation, nothing added. */
  geometry_source_zh: z.string().min(2),
  license: z.string().min(3),
  license_zh: z.string().min(2),
});

const planSource = z.string().regex(/^00\d §\S+$/, 'source must cite a document and section, e.g. "001 §三(三)1"');

const TrunkLineSchema = CommonPropertiesSchema.extend({
  kind: z.literal('trunk_line'),
  component: z.enum(['g50', 'line17', 'dz_line']),
  source: planSource,
}).strict();

const StationSchema = CommonPropertiesSchema.extend({
  kind: z.enum(['line17_station', 'dz_station']),
  seq: z.number().int().positive(),
  line: z.enum(['trunk-line17', 'trunk-dz-line']),
  source: planSource,
  alt_name_zh: z.string().optional(),
  alt_name_en: z.string().optional(),
  note_en: z.string().optional(),
  note_zh: z.string().optional(),
}).strict();

const PillarSchema = CommonPropertiesSchema.extend({
  kind: z.literal('pillar'),
  seq: z.number().int().min(1).max(5),
  source: planSource,
}).strict();

/** 2023 targets flattened into properties, so map styles and filters can read them. */
export const BaseParkPropertiesSchema = CommonPropertiesSchema.extend({
  kind: z.literal('base_park'),
  seq: z.number().int().min(1).max(10),
  source: planSource,
  footprint: z.enum(['polygon', 'point']),
  planned_area_km2: z.number().positive().nullable(),
  target_2023_industry_scale_yi_yuan: z.number().nullable(),
  target_2023_digital_core_scale_yi_yuan: z.number().nullable(),
  target_2023_digitalization_rate_pct: z.number().nullable(),
  target_2023_digital_trade_sales_yi_yuan: z.number().nullable(),
  target_2023_cross_border_ecommerce_orders_wan: z.number().nullable(),
}).strict();
export type BaseParkProperties = z.infer<typeof BaseParkPropertiesSchema>;

const BeltSchema = CommonPropertiesSchema.extend({ kind: z.literal('belt'), source: planSource }).strict();
const SubAreaSchema = CommonPropertiesSchema.extend({
  kind: z.literal('sub_area'),
  source: planSource,
}).strict();

const BoundarySchema = CommonPropertiesSchema.extend({
  kind: z.literal('boundary'),
  role: z.enum(['focus', 'neighbour']),
  adcode: z.number().int(),
}).strict();

const WaterSchema = CommonPropertiesSchema.extend({ kind: z.literal('water') }).strict();

const TownSchema = CommonPropertiesSchema.extend({
  kind: z.literal('town'),
  sub_area: z.enum(['area-new-city', 'area-qingdong', 'area-qingxi']),
}).strict();

const PoiSchema = CommonPropertiesSchema.extend({
  kind: z.literal('poi'),
  stated_area_km2: z.number().positive().optional(),
}).strict();

const CorridorSchema = CommonPropertiesSchema.extend({ kind: z.literal('corridor'), source: planSource }).strict();

const AnchorSchema = CommonPropertiesSchema.extend({
  kind: z.literal('anchor'),
  target: id,
  indicative_radius_m: z.number().positive().optional(),
}).strict();

/** One schema per kind; `kind` picks which one applies. */
export const FeaturePropertiesSchema = z.discriminatedUnion('kind', [
  TrunkLineSchema,
  StationSchema.extend({ kind: z.literal('line17_station') }),
  StationSchema.extend({ kind: z.literal('dz_station') }),
  PillarSchema,
  BaseParkPropertiesSchema,
  BeltSchema,
  SubAreaSchema,
  BoundarySchema,
  WaterSchema,
  TownSchema,
  PoiSchema,
  CorridorSchema,
  AnchorSchema,
]);
export type FeatureProperties = z.infer<typeof FeaturePropertiesSchema>;

/** Which kinds each geo/ file may hold: one dataset per file. */
export const LAYER_FILES = {
  'trunk-lines.geojson': ['trunk_line'],
  'trunk-stations.geojson': ['line17_station', 'dz_station'],
  'pillars.geojson': ['pillar'],
  'base-parks.geojson': ['base_park'],
  'belts.geojson': ['belt'],
  'sub-areas.geojson': ['sub_area'],
  'context-boundaries.geojson': ['boundary'],
  'context-water.geojson': ['water'],
  'context-places.geojson': ['town', 'poi'],
  'context-corridor.geojson': ['corridor'],
  'anchors.geojson': ['anchor'],
} as const satisfies Record<string, readonly FeatureKind[]>;
export type LayerFile = keyof typeof LAYER_FILES;
