import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEGEND_ITEM_IDS } from '../app/app-state';
import { parseHostMessage } from './messages';

describe('parseHostMessage', () => {
  it('accepts the three messages', () => {
    expect(parseHostMessage({ type: 'select', id: 'park-digital-information' })).toEqual({ type: 'select', id: 'park-digital-information' });
    expect(parseHostMessage({ type: 'select', id: null })).toEqual({ type: 'select', id: null });
    expect(parseHostMessage({ type: 'set-lang', lang: 'en' })).toEqual({ type: 'set-lang', lang: 'en' });
    const [a, b] = LEGEND_ITEM_IDS;
    expect(parseHostMessage({ type: 'set-layers', layers: [b, 'bogus', a] })).toEqual({ type: 'set-layers', layers: [a, b] });
  });

  it('rejects wrong shapes and values', () => {
    for (const bad of [
      null, 'select', 42, [], ['select'],
      { type: 'select' },
      { type: 'select', id: '<img src=x onerror=alert(1)>' },
      { type: 'select', id: 'javascript:alert(1)' },
      { type: 'select', id: 'a'.repeat(65) },
      { type: 'set-lang', lang: 'fr' },
      { type: 'set-layers', layers: 'pillars' },
      { type: 'set-layers', layers: [1, 2] },
      { type: 'set-layers', layers: [LEGEND_ITEM_IDS[0], 1] },
      { type: 'eval', code: 'alert(1)' },
      JSON.parse('{"__proto__": {"type": "select", "id": "park-digital-information"}}'),
      Object.create({ type: 'set-lang', lang: 'en' }),
      // postMessage clones an array's named properties too.
      Object.assign(['en'], { type: 'set-lang', lang: 'en' }),
    ]) expect(parseHostMessage(bad)).toBeNull();
  });

  it('never reads a getter', () => {
    let read = false;
    const sneaky = { type: 'set-lang', get lang() { read = true; return 'en'; } };
    expect(parseHostMessage(sneaky)).toBeNull();
    expect(read).toBe(false);
  });

  it('survives 10,000 hostile payloads: no exception, and anything accepted is one of our shapes', () => {
    const hostileString = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.constantFrom('<script>alert(1)</script>', 'javascript:alert(1)', '"><svg onload=alert(1)>', '__proto__', 'constructor', 'select', 'set-lang', 'set-layers', 'en', 'zh', 'park-digital-information', ...LEGEND_ITEM_IDS),
      fc.constant('x'.repeat(100_000)),
    );
    const leaf = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const nested = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('node'), { maxLength: 5 }), fc.dictionary(hostileString, tie('node'), { maxKeys: 5 })),
    })).node;
    const message = fc.record(
      { type: fc.oneof(hostileString, leaf), id: nested, lang: nested, layers: fc.oneof(nested, fc.array(hostileString, { maxLength: 30 })), __proto__: nested },
      { requiredKeys: [] },
    );
    const deep = fc.integer({ min: 1, max: 2000 }).map((depth) => {
      let value: unknown = { type: 'select', id: 'park-digital-information' };
      for (let i = 0; i < depth; i++) value = { type: 'select', id: value };
      return value;
    });
    fc.assert(
      fc.property(fc.oneof(message, nested, deep, fc.anything()), (payload) => {
        const parsed = parseHostMessage(payload);
        if (parsed === null) return;
        const json = JSON.stringify(parsed);
        expect(json).not.toMatch(/[<>]|javascript:/i);
        if (parsed.type === 'select') expect(parsed.id === null || /^[a-z0-9-]{1,64}$/.test(parsed.id)).toBe(true);
        if (parsed.type === 'set-lang') expect(['zh', 'en']).toContain(parsed.lang);
        if (parsed.type === 'set-layers') expect(parsed.layers.every((id) => LEGEND_ITEM_IDS.includes(id))).toBe(true);
        expect(Object.keys(parsed).sort()).toEqual(
          { select: ['id', 'type'], 'set-lang': ['lang', 'type'], 'set-layers': ['layers', 'type'] }[parsed.type],
        );
      }),
      { numRuns: 10_000 },
    );
  });
});
