import { z } from 'zod';

/**
 * Schemas for the structured facts in seeds/*.json.
 *
 * Every record names the document and section it comes from (`source`) and carries
 * `evidence`: short verbatim snippets of that document backing each figure and name.
 * For the action plan (doc 001) a snippet must occur in seeds/documents/001-action-plan.txt
 * once all whitespace is removed from both sides. News articles are not committed; their
 * snippets are kept to at most 30 characters around the figure.
 *
 * Sections: for doc 001 they follow the plan's own numbering, e.g. `三(三)1`, `二 表`,
 * `四(一)2`, `附件2`. For news articles they are `¶N`, N counting the paragraphs of body
 * text from 1 (headlines, sub-headings and picture captions are not counted).
 */

export const SEED_DOC_IDS = ['000', '001', '002', '003', '004'] as const;
export const SeedDocIdSchema = z.enum(SEED_DOC_IDS);
export type SeedDocId = z.infer<typeof SeedDocIdSchema>;

/** Section reference: the plan's numbering (三 / 三(三)1 / 二 表 / 附件2) or `¶N` for articles. */
const SECTION_RE = /^(?:[一二三四五](?:\([一二三四五]\)(?:\d{1,2})?)?|二 表|附件[12]|¶[1-9]\d*)$/;

export const SeedSourceSchema = z
  .object({
    doc: SeedDocIdSchema,
    section: z.string().regex(SECTION_RE, 'section must look like 三(三)1, 二 表, 附件2 or ¶N'),
  })
  .strict();
export type SeedSource = z.infer<typeof SeedSourceSchema>;

/** "001 §三(三)1" — how a source is displayed. */
export function formatSeedSource(source: Pick<SeedSource, 'section'> & { doc: string }): string {
  return `${source.doc} §${source.section}`;
}

const EvidenceSchema = z.array(z.string().trim().min(2)).min(1);

/** Evidence from a second document or section (e.g. an alias found in a news article). */
export const ExtraEvidenceSchema = z
  .object({
    source: SeedSourceSchema,
    evidence: EvidenceSchema,
  })
  .strict();
export type ExtraEvidence = z.infer<typeof ExtraEvidenceSchema>;

const text = z.string().trim().min(1);
const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case ascii');
const seq = z.number().int().positive();
/** A figure stated by a document: finite and non-negative. */
const figure = z.number().finite().nonnegative();

/* ------------------------------------------------------------------ sources.json */

export const SourceDocumentSchema = z
  .object({
    id: SeedDocIdSchema,
    file: z.string().regex(/^00\d_[0-9a-f]{16}\.txt$/),
    title_zh: text,
    title_en: text,
    issuer_zh: text,
    issuer_en: text,
    doc_number: text.nullable(),
    date: z.iso.date(),
    date_note: text.optional(),
    kind: z.enum(['official', 'news']),
  })
  .strict();
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

export const SourcesFileSchema = z.object({ documents: z.array(SourceDocumentSchema).min(1) }).strict();
export type SourcesFile = z.infer<typeof SourcesFileSchema>;

/* ------------------------------------------------------------------ trunk.json */

export const TRUNK_IDS = ['trunk-g50', 'trunk-line17', 'trunk-dz-line'] as const;

export const TrunkSeedSchema = z
  .object({
    id: z.enum(TRUNK_IDS),
    seq,
    name_zh: text,
    name_en: text,
    /** Other names; each must occur in one of the record's evidence snippets. */
    aka_zh: z.array(text),
    summary_zh: text,
    summary_en: text,
    source: SeedSourceSchema,
    evidence: EvidenceSchema,
    extra_evidence: z.array(ExtraEvidenceSchema).optional(),
  })
  .strict();
export type TrunkSeed = z.infer<typeof TrunkSeedSchema>;
export const TrunkFileSchema = z.object({ records: z.array(TrunkSeedSchema) }).strict();
export type TrunkFile = z.infer<typeof TrunkFileSchema>;

/* ------------------------------------------------------------------ pillars.json */

export const PILLAR_IDS = [
  'pillar-hongqiao-cbd',
  'pillar-water-town-living-room',
  'pillar-xicen-innovation-centre',
  'pillar-new-city-5f',
  'pillar-logistics-hub',
] as const;

export const PillarSeedSchema = z
  .object({
    id: z.enum(PILLAR_IDS),
    seq,
    name_zh: text,
    name_en: text,
    focus_zh: z.array(text),
    focus_en: z.array(text),
    /** Named platforms and carriers (bases, venues, labs). */
    platforms_zh: z.array(text),
    /** Named firms or their named facilities; firms_en is parallel (null where no English name is well known). */
    firms_zh: z.array(text),
    firms_en: z.array(text.nullable()),
    summary_zh: text,
    summary_en: text,
    source: SeedSourceSchema,
    evidence: EvidenceSchema,
  })
  .strict()
  .refine((p) => p.focus_zh.length === p.focus_en.length, 'focus_zh and focus_en must have the same length')
  .refine((p) => p.firms_zh.length === p.firms_en.length, 'firms_zh and firms_en must have the same length');
export type PillarSeed = z.infer<typeof PillarSeedSchema>;
export const PillarsFileSchema = z.object({ records: z.array(PillarSeedSchema) }).strict();
export type PillarsFile = z.infer<typeof PillarsFileSchema>;

/* ------------------------------------------------------------------ base-parks.json */

export const BASE_PARK_IDS = [
  'park-smart-biomedicine',
  'park-digital-information',
  'park-smart-low-carbon',
  'park-artificial-intelligence',
  'park-beidou-remote-sensing',
  'park-zhujiajiao-green-digital',
  'park-global-digital-trade',
  'park-shixi-software',
  'park-new-city-digital-commerce',
  'park-cross-border-ecommerce',
] as const;

export const PilotZoneSchema = z
  .object({
    name_zh: text,
    name_en: text,
    area_km2: figure.nullable(),
    area_mu: figure.nullable(),
  })
  .strict()
  .refine((pz) => pz.area_km2 !== null || pz.area_mu !== null, 'a pilot zone states its area in km² or mu');
export type PilotZone = z.infer<typeof PilotZoneSchema>;

/** 2023 targets as the plan states them; null wherever the plan states none. */
export const BaseParkTargetsSchema = z
  .object({
    /** 园区产业规模, 亿元 (100 million yuan). */
    industry_scale_yi_yuan: figure.nullable(),
    /** 数字经济核心产业规模, 亿元. */
    digital_core_scale_yi_yuan: figure.nullable(),
    /** 制造业企业数字化赋能率, %. */
    digitalization_rate_pct: figure.max(100).nullable(),
    /** Whether the rate applies to the whole park or only to its 先行示范区. */
    digitalization_rate_scope: z.enum(['park', 'pilot_zone']).nullable(),
    /** 数字贸易销售额, 亿元. */
    digital_trade_sales_yi_yuan: figure.nullable(),
    /** 跨境电商交易单量, 万单 (10,000 orders). */
    cross_border_ecommerce_orders_wan: figure.nullable(),
  })
  .strict()
  .refine(
    (t) => (t.digitalization_rate_pct === null) === (t.digitalization_rate_scope === null),
    'digitalization_rate_scope is set exactly when digitalization_rate_pct is',
  );
export type BaseParkTargets = z.infer<typeof BaseParkTargetsSchema>;

export const ParkFirmSchema = z
  .object({
    zh: text,
    en: text.nullable(),
    /** anchor: named as representative/lead firm; partner: named cooperation partner; project: named project to land or start production. */
    role: z.enum(['anchor', 'partner', 'project']),
  })
  .strict();
export type ParkFirm = z.infer<typeof ParkFirmSchema>;

export const BaseParkSeedSchema = z
  .object({
    id: z.enum(BASE_PARK_IDS),
    seq,
    name_zh: text,
    name_en: text,
    planned_area_km2: figure.nullable(),
    pilot_zone: PilotZoneSchema.nullable(),
    targets_2023: BaseParkTargetsSchema,
    focus_zh: z.array(text),
    focus_en: z.array(text),
    firms: z.array(ParkFirmSchema),
    summary_zh: text,
    summary_en: text,
    source: SeedSourceSchema,
    evidence: EvidenceSchema,
  })
  .strict()
  .refine((p) => p.focus_zh.length === p.focus_en.length, 'focus_zh and focus_en must have the same length')
  .refine(
    (p) => p.targets_2023.digitalization_rate_scope !== 'pilot_zone' || p.pilot_zone !== null,
    'a rate scoped to the pilot zone needs a pilot zone',
  );
export type BaseParkSeed = z.infer<typeof BaseParkSeedSchema>;
export const BaseParksFileSchema = z.object({ records: z.array(BaseParkSeedSchema) }).strict();
export type BaseParksFile = z.infer<typeof BaseParksFileSchema>;

/* ------------------------------------------------------------------ belts.json */

export const BELT_IDS = ['belt-digital-agriculture', 'belt-digital-culture-tourism', 'belt-digital-finance'] as const;

export const BeltSeedSchema = z
  .object({
    id: z.enum(BELT_IDS),
    seq,
    name_zh: text,
    name_en: text,
    focus_zh: z.array(text),
    focus_en: z.array(text),
    named_places_zh: z.array(text),
    summary_zh: text,
    summary_en: text,
    source: SeedSourceSchema,
    evidence: EvidenceSchema,
  })
  .strict()
  .refine((b) => b.focus_zh.length === b.focus_en.length, 'focus_zh and focus_en must have the same length');
export type BeltSeed = z.infer<typeof BeltSeedSchema>;
export const BeltsFileSchema = z.object({ records: z.array(BeltSeedSchema) }).strict();
export type BeltsFile = z.infer<typeof BeltsFileSchema>;

/* ------------------------------------------------------------------ sub-areas.json */

export const SUB_AREA_IDS = ['area-new-city', 'area-qingdong', 'area-qingxi'] as const;

export const SubAreaSeedSchema = z
  .object({
    id: z.enum(SUB_AREA_IDS),
    name_zh: text,
    name_en: text,
    role_zh: text,
    role_en: text,
    relies_on_zh: text,
    source: SeedSourceSchema,
    evidence: EvidenceSchema,
  })
  .strict();
export type SubAreaSeed = z.infer<typeof SubAreaSeedSchema>;
export const SubAreasFileSchema = z.object({ records: z.array(SubAreaSeedSchema) }).strict();
export type SubAreasFile = z.infer<typeof SubAreasFileSchema>;

/* ------------------------------------------------------------------ indicators.json */

export const IndicatorSeedSchema = z
  .object({
    seq,
    id: kebabId,
    name_zh: text,
    name_en: text,
    unit_zh: text,
    unit_en: text,
    target_2022: figure.nullable(),
    target_2023: figure.nullable(),
    /** null where the table shows "—". */
    target_2027: figure.nullable(),
    bureau_zh: text,
    bureau_en: text,
    source: SeedSourceSchema,
    evidence: EvidenceSchema,
  })
  .strict();
export type IndicatorSeed = z.infer<typeof IndicatorSeedSchema>;
export const IndicatorsFileSchema = z.object({ records: z.array(IndicatorSeedSchema) }).strict();
export type IndicatorsFile = z.infer<typeof IndicatorsFileSchema>;

/* ------------------------------------------------------------------ programmes.json */

export const PROGRAMME_LAYERS = ['platform', 'application', 'foundation'] as const;
export const PROGRAMME_LAYER_ZH = { platform: '平台层', application: '应用层', foundation: '基础层' } as const;

export const PROGRAMME_IDS = [
  'prog-regional-linkage',
  'prog-function-empowerment',
  'prog-industry-upgrade',
  'prog-park-upgrade',
  'prog-lighthouse-100',
  'prog-phoenix-100',
  'prog-wutong-100',
  'prog-link-100',
  'prog-info-infrastructure',
  'prog-digital-talent',
  'prog-digital-city',
  'prog-public-data',
] as const;

export const ProgrammeTargetSchema = z
  .object({
    year: z.union([z.literal(2023), z.literal(2027)]),
    metric_zh: text,
    metric_en: text,
    value: figure.nullable(),
    /** Upper end when the plan gives a range (e.g. 500~1500 亩); only with bound "range". */
    value_max: figure.optional(),
    /** at_least: 以上; at_most: 以内/范围内; range: a~b. Absent: the value as stated (达到). */
    bound: z.enum(['at_least', 'at_most', 'range']).optional(),
    unit_zh: text,
    unit_en: text,
    note_en: text.optional(),
  })
  .strict()
  .refine((t) => (t.bound === 'range') === (t.value_max !== undefined), 'value_max is given exactly when bound is "range"')
  .refine((t) => t.value_max === undefined || (t.value !== null && t.value_max > t.value), 'value_max must exceed value');
export type ProgrammeTarget = z.infer<typeof ProgrammeTargetSchema>;

export const ProgrammeSeedSchema = z
  .object({
    id: z.enum(PROGRAMME_IDS),
    layer: z.enum(PROGRAMME_LAYERS),
    layer_zh: z.enum(['平台层', '应用层', '基础层']),
    /** Position within the layer, as numbered in the plan (1–4). */
    seq,
    name_zh: text,
    name_en: text,
    targets: z.array(ProgrammeTargetSchema),
    /** Qualitative goals of 方向和目标. */
    goals_zh: z.array(text),
    goals_en: z.array(text),
    /** Headings of the 任务和举措 items, verbatim (without the leading dash and final stop). */
    tasks_zh: z.array(text),
    tasks_en: z.array(text),
    source: SeedSourceSchema,
    evidence: EvidenceSchema,
  })
  .strict()
  .refine((p) => PROGRAMME_LAYER_ZH[p.layer] === p.layer_zh, 'layer_zh must match layer')
  .refine((p) => p.goals_zh.length === p.goals_en.length, 'goals_zh and goals_en must have the same length')
  .refine((p) => p.tasks_zh.length === p.tasks_en.length, 'tasks_zh and tasks_en must have the same length');
export type ProgrammeSeed = z.infer<typeof ProgrammeSeedSchema>;
export const ProgrammesFileSchema = z.object({ records: z.array(ProgrammeSeedSchema) }).strict();
export type ProgrammesFile = z.infer<typeof ProgrammesFileSchema>;

/* ------------------------------------------------------------------ partners.json */

export const PartnerSeedSchema = z
  .object({
    seq,
    name_zh: text,
    note_zh: text.nullable(),
    /** Where the plan's body names this partner (a park, a pillar or a programme), in the words it uses. */
    named_in: z.array(z.object({ section: SeedSourceSchema.shape.section, as_zh: text }).strict()).optional(),
  })
  .strict();
export type PartnerSeed = z.infer<typeof PartnerSeedSchema>;
export const PartnersFileSchema = z
  .object({
    title_zh: text,
    title_en: text,
    source: SeedSourceSchema,
    records: z.array(PartnerSeedSchema),
  })
  .strict();
export type PartnersFile = z.infer<typeof PartnersFileSchema>;

/* ------------------------------------------------------------------ context.json */

export const ContextSeedSchema = z
  .object({
    id: z.string().regex(/^ctx(?:-[a-z0-9]+)+$/, 'context ids look like ctx-…'),
    topic_zh: text,
    topic_en: text,
    fact_zh: text,
    fact_en: text,
    value: z.number().finite().nullable(),
    unit_zh: text.nullable(),
    unit_en: text.nullable(),
    /** How the source qualifies the figure: 约 (about), 近 (nearly), 超过 (over); absent when it states it exactly. */
    qualifier: z.enum(['about', 'nearly', 'over']).optional(),
    /** Year the fact refers to; null for undated facts or multi-year periods. */
    year: z.number().int().min(1990).max(2035).nullable(),
    source: SeedSourceSchema,
    evidence: EvidenceSchema,
  })
  .strict()
  .refine((c) => (c.value === null) === (c.unit_zh === null) && (c.unit_zh === null) === (c.unit_en === null), 'a value comes with both units, and units only with a value')
  .refine((c) => c.qualifier === undefined || c.value !== null, 'a qualifier qualifies a value');
export type ContextSeed = z.infer<typeof ContextSeedSchema>;
export const ContextFileSchema = z.object({ records: z.array(ContextSeedSchema) }).strict();
export type ContextFile = z.infer<typeof ContextFileSchema>;
