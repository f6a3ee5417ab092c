import { get, keys, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { drawingsKey, saveDrawings, storedDrawings } from '../data/drawings-db';
import type { Corners } from '../data/plan-image.types';
import { hasKeptPlanImage, planImageKey } from '../data/plan-image-db';
import { BOX, PlanImageDrawingStandIn, png } from '../testing/plan-image-drawing';
import { KeptPlanImage } from './kept-plan-image';

let scopes = 0;
const scope = () => `browser-test-${Date.now()}-${++scopes}`;

/** What a reload finds: a new map's plan image, restored from what `key` keeps. */
async function reloaded(key: string) {
  const drawing = new PlanImageDrawingStandIn();
  const image = new KeptPlanImage(drawing, key);
  await image.restore();
  return { drawing, image };
}

const MOVED: Corners = [[121.11, 31.21], [121.2, 31.2], [121.25, 31.09], [121.1, 31.1]];

describe('the kept plan image', () => {
  it('is shown again after a reload with its pixels, corners and opacity, and is forgotten once removed', async () => {
    const key = planImageKey(scope());
    const first = await reloaded(key);
    expect(first.drawing.shown).toEqual([]);
    expect(await hasKeptPlanImage(key)).toBe(false);

    await first.image.show(await png(40, 30));
    first.image.setCorners(MOVED);
    first.image.setOpacity(0.35);
    first.drawing.drag(0, [121.12, 31.22]);
    await first.image.saved();
    const stored = (await get<{ bytes: unknown }>(key))!;
    // The file's bytes, not a data: URL.
    expect(stored.bytes).toBeInstanceOf(ArrayBuffer);

    const second = await reloaded(key);
    const corners = structuredClone(MOVED);
    corners[0] = [121.12, 31.22];
    expect(second.drawing.shown).toEqual([{ width: 40, height: 30, corners }]);
    expect(second.image.opacity).toBe(0.35);
    expect(second.image.corners()).toEqual(corners);
    expect(second.image.setAside).toBeNull();

    second.image.remove();
    await second.image.saved();
    expect(await hasKeptPlanImage(key)).toBe(false);
    expect((await reloaded(key)).drawing.shown).toEqual([]);
  });

  it('keeps a map’s image apart from another map’s', async () => {
    const [a, b] = [planImageKey(scope()), planImageKey(scope())];
    const first = await reloaded(a);
    await first.image.show(await png(8, 8));
    await first.image.saved();
    expect((await reloaded(b)).drawing.shown).toEqual([]);
    expect((await reloaded(a)).drawing.shown).toEqual([{ width: 8, height: 8, corners: BOX }]);
  });

  it('sets aside a kept value it cannot read or an image that does not decode, names where, and leaves the drawings alone', async () => {
    const good = await (await png(4, 4)).arrayBuffer();
    const record = { format: 'trunk-map-plan-image/1', bytes: good, type: 'image/png', corners: BOX, opacity: 0.5 };
    const broken: [string, unknown][] = [
      ['not a record', 'data:image/png;base64,AAAA'],
      ['another format', { ...record, format: 'trunk-map-plan-image/0' }],
      ['three corners', { ...record, corners: BOX.slice(0, 3) }],
      ['a corner off the globe', { ...record, corners: [[200, 31], ...BOX.slice(1)] }],
      ['opacity above 1', { ...record, opacity: 3 }],
      ['bytes as text', { ...record, bytes: 'iVBORw0KGgo=' }],
      ['bytes that are not an image', { ...record, bytes: new TextEncoder().encode('<svg onload=alert(1)>').buffer }],
    ];
    for (const [what, value] of broken) {
      const name = scope();
      const key = planImageKey(name);
      await saveDrawings(drawingsKey(name), [{ type: 'Feature', id: 'kept', geometry: { type: 'Point', coordinates: [121.1, 31.15] }, properties: {} }]);
      await set(key, value);
      const { drawing, image } = await reloaded(key);
      expect(drawing.shown, what).toEqual([]);
      expect(image.setAside, what).toMatch(new RegExp(`^${key}:unreadable:`));
      // Kept as it was, under its own key; nothing is left under the map's, so it is not read again.
      expect(await get(image.setAside!), what).toEqual(value);
      expect(await hasKeptPlanImage(key), what).toBe(false);
      expect(await storedDrawings(drawingsKey(name)), what).toHaveLength(1);
    }
    expect((await keys()).filter((k) => String(k).includes(':unreadable:')).length).toBeGreaterThanOrEqual(broken.length);
  });
});
