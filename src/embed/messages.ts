import { LEGEND_ITEM_IDS } from '../app/app-state';
import { FEATURE_ID_PATTERN } from '../data/schemas/feature-id';
import { LANGS, type Lang } from '../i18n/translate';

/** What an iframe host may ask of the map with postMessage (see docs/embedding.md). */
export type HostMessage =
  | { type: 'select'; id: string | null }
  | { type: 'set-layers'; layers: string[] }
  | { type: 'set-lang'; lang: Lang };

/** What the map tells its iframe host. */
export type MapMessage =
  | { type: 'feature-selected'; id: string; kind: string; name_zh: string; name_en: string }
  | { type: 'view-changed'; view: string }
  | { type: 'ready' };

const MAX_ID_LENGTH = 64;

/** An own, plain data property of a plain object (never a getter or an inherited `__proto__`). */
function field(data: object, name: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(data, name);
  return descriptor && 'value' in descriptor ? descriptor.value : undefined;
}

const isFeatureId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_ID_LENGTH && FEATURE_ID_PATTERN.test(value);

/**
 * A host's message, checked field by field against the only shapes we accept; anything else is
 * null and ignored. Nothing in it is evaluated or shown: ids and languages must be ones we know
 * the form of, layer ids are kept only if they are legend items.
 */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const type = field(data, 'type');
  if (type === 'select') {
    const id = field(data, 'id');
    return id === null || isFeatureId(id) ? { type, id } : null;
  }
  if (type === 'set-layers') {
    const layers = field(data, 'layers');
    if (!Array.isArray(layers) || layers.length > LEGEND_ITEM_IDS.length * 2) return null;
    if (!layers.every((id) => typeof id === 'string')) return null;
    return { type, layers: LEGEND_ITEM_IDS.filter((id) => layers.includes(id)) };
  }
  if (type === 'set-lang') {
    const lang = LANGS.find((candidate) => candidate === field(data, 'lang'));
    return lang ? { type, lang } : null;
  }
  return null;
}
