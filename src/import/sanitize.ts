/** Keys that could reach an object's prototype if some later code merged properties: never kept. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Nested property values deeper than this are dropped: no GIS attribute needs more. */
const MAX_NESTING = 16;

/** Whether a value nests objects or arrays more than `limit` deep; iterative, so hostile depth cannot exhaust the stack. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * A feature's properties as the map keeps them: a fresh object of the safe keys; text, numbers,
 * booleans and null as they are, nested values as JSON text (what MapLibre would make of them).
 * Nothing is ever interpreted: markup stays text.
 */
export function sanitizeProperties(raw: unknown): { properties: Record<string, unknown>; unsafeKeys: string[]; tooDeep: string[] } {
  const properties: Record<string, unknown> = {};
  const unsafeKeys: string[] = [];
  const tooDeep: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { properties, unsafeKeys, tooDeep };
  for (const key of Object.keys(raw)) {
    const value = (raw as Record<string, unknown>)[key];
    if (UNSAFE_KEYS.has(key)) unsafeKeys.push(key);
    else if (typeof value !== 'object' || value === null) properties[key] = value;
    else if (nestsDeeperThan(value, MAX_NESTING)) tooDeep.push(key);
    else properties[key] = JSON.stringify(value);
  }
  return { properties, unsafeKeys, tooDeep };
}

/** A short text naming a feature: its id, else a name property; never more than 60 characters. */
export function featureName(feature: unknown): string | undefined {
  const f = feature as { id?: unknown; properties?: Record<string, unknown> | null } | null;
  const props = f?.properties && typeof f.properties === 'object' ? f.properties : {};
  const name = [f?.id, props.name, props.name_zh, props.name_en, props.title, props.id].find(
    (v) => (typeof v === 'string' && v.trim() !== '') || typeof v === 'number',
  );
  if (name === undefined) return undefined;
  const text = String(name).trim();
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
