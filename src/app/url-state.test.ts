import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VIEW_BOUNDS } from '../map/view';
import { TOUR_STEPS } from '../tour/tour-steps';
import { DEFAULT_STATE, LEGEND_ITEM_IDS, PANEL_IDS, PLAN_PHASES, type AppState } from './app-state';
import { DEFAULT_NEARBY } from './nearby-state';
import { URL_PARAM, formatUrlState, formatView, parseUrlState, parseView, withUrlState } from './url-state';

const EXAMPLE = 'lang=en&sel=park-digital-information&view=121.11200,31.21592,12.50&hide=pillars,belts&panel=share&step=3&phase=2027';
const EXAMPLE_STATE: AppState = {
  lang: 'en',
  hidden: ['pillars', 'belts'],
  selected: 'park-digital-information',
  view: { center: [121.112, 31.21592], zoom: 12.5, bearing: 0, pitch: 0 },
  basemap: 'offline',
  panel: 'share',
  tourStep: 2,
  phase: 2027,
  nearby: DEFAULT_NEARBY,
};
const parse = (search: string) => parseUrlState(search, 'zh');

describe('parseUrlState and formatUrlState', () => {
  it('read and write the short, readable form', () => {
    expect(parse(`?${EXAMPLE}`)).toEqual(EXAMPLE_STATE);
    expect(formatUrlState(EXAMPLE_STATE)).toBe(EXAMPLE);
  });

  it('write nothing for the default state and read an empty query as it', () => {
    expect(formatUrlState(DEFAULT_STATE)).toBe('');
    expect(parse('')).toEqual(DEFAULT_STATE);
    expect(parse('?')).toEqual(DEFAULT_STATE);
  });

  it('take the language from the link, else from the fallback (the saved choice)', () => {
    expect(parseUrlState('', 'en').lang).toBe('en');
    expect(parseUrlState('lang=zh', 'en').lang).toBe('zh');
    expect(parseUrlState('lang=fr', 'en').lang).toBe('en');
  });

  it('write bearing and pitch only when the map is turned or tilted', () => {
    const turned = { center: [121.1, 31.2] as [number, number], zoom: 11, bearing: -30.04, pitch: 45 };
    expect(formatView(turned)).toBe('121.10000,31.20000,11.00,-30,45');
    expect(parseView('121.10000,31.20000,11.00,-30,45')).toEqual({ ...turned, bearing: -30 });
    expect(parseView('121.1,31.2,11')).toEqual({ center: [121.1, 31.2], zoom: 11, bearing: 0, pitch: 0 });
  });

  it('keep a view that is only tilted, or only turned', () => {
    const view = { center: [121.1, 31.2] as [number, number], zoom: 11, bearing: 0, pitch: 0 };
    expect(formatView({ ...view, pitch: 45 })).toBe('121.10000,31.20000,11.00,0,45');
    expect(formatView({ ...view, bearing: 90 })).toBe('121.10000,31.20000,11.00,90,0');
  });

  it('round the centre to what the zoom needs: a quarter of a pixel', () => {
    const at = (zoom: number) => formatView({ center: [121.123456789, 31.123456789], zoom, bearing: 0, pitch: 0 });
    expect(at(8)).toBe('121.1235,31.1235,8.00');
    expect(at(12.5)).toBe('121.12346,31.12346,12.50');
    expect(at(18)).toBe('121.1234568,31.1234568,18.00');
  });

  it('read the first of repeated parameters and ignore unknown ones', () => {
    expect(parse('lang=en&lang=zh&sel=g50&sel=water&utm_source=x&embed=1')).toEqual({ ...DEFAULT_STATE, lang: 'en', selected: 'g50' });
  });

  it('keep only known legend items from hide, in legend order, each once', () => {
    expect(parse('hide=water,<script>,g50,water,,__proto__,constructor').hidden).toEqual(['g50', 'water']);
    expect(parse('hide=').hidden).toEqual([]);
  });

  const HOSTILE: [string, Partial<AppState>][] = [
    ['sel=<img src=x onerror=alert(1)>&view=NaN,1e999&lang=__proto__&hide=<script>', {}],
    ['sel=javascript:alert(1)', {}],
    ['sel=Park-Digital', {}],
    [`sel=${'a'.repeat(65)}`, {}],
    ['sel=park--x', {}],
    ['lang=constructor&basemap=__proto__&panel=toString', {}],
    ['lang=EN&panel=SHARE&basemap=Offline', {}],
    ['view=121.1,31.2', {}],
    ['view=121.1,31.2,12,0', {}],
    ['view=121.1,31.2,12,0,0,0', {}],
    ['view=Infinity,31.2,12', {}],
    ['view=1e2,31.2,12', {}],
    ['view=0x79,31.2,12', {}],
    ['view=121.1,31.2,-1', {}],
    ['view=121.1,31.2,23', {}],
    ['view=121.1,95,12', {}],
    ['view=190,31.2,12', {}],
    ['view=10,31.2,12', {}], // a real place, but outside the map's bounds
    ['view=121.1,31.2,12,0,61', {}],
    ['view=121.1,31.2,12,181,0', {}],
    ['view=121.1,31.2,12,-0,0', { view: { center: [121.1, 31.2], zoom: 12, bearing: 0, pitch: 0 } }],
    ['view= 121.1,31.2,12', {}],
    [`hide=${'g50,'.repeat(100)}`, {}], // too long to be ours
    ['%E0%A4%A=1&sel=%ZZ&lang=%00en', {}],
    ['__proto__[lang]=en&constructor[prototype][x]=1', {}],
    ['step=0', {}],
    [`step=${TOUR_STEPS.length + 1}`, {}],
    ['step=2.5', {}],
    ['step=-1', {}],
    ['step=02', { tourStep: 1 }],
    ['step=1e1', {}],
    [`step=${TOUR_STEPS.length}`, { tourStep: TOUR_STEPS.length - 1 }],
    ['phase=2024', {}],
    ['phase=2022.0', {}],
    ['phase=+2022', {}],
    ['phase=2022,2027', {}],
    ['phase=2023&phase=2022', {}],
    ['phase=2022&phase=2027', { phase: 2022 }],
    ['phase=2027', { phase: 2027 }],
  ];
  it.each(HOSTILE)('fall back to defaults for %s', (query, expected) => {
    const state = parse(query);
    expect(state).toEqual({ ...DEFAULT_STATE, ...expected });
    expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('withUrlState', () => {
  it('puts the state in the query and keeps other parameters and the hash', () => {
    const url = withUrlState('https://example.org/map/?embed=1&sel=old&lang=en&x=%3Cb%3E#top', EXAMPLE_STATE);
    expect(url).toBe(`https://example.org/map/?embed=1&x=%3Cb%3E&${EXAMPLE}#top`);
  });

  it('keeps the embed page an embed page with the default state, and leaves no empty parameters', () => {
    expect(withUrlState('https://example.org/map/?embed=1&lang=en', DEFAULT_STATE)).toBe('https://example.org/map/?embed=1');
    expect(withUrlState('https://example.org/map/?&embed=1&&x=2&', EXAMPLE_STATE)).toBe(`https://example.org/map/?embed=1&x=2&${EXAMPLE}`);
  });

  it('leaves no query for the default state', () => {
    expect(withUrlState('https://example.org/map/index.html?lang=en&hide=g50', DEFAULT_STATE)).toBe('https://example.org/map/index.html');
  });
});

/** What a parsed state may hold, checked without the parser's own helpers. */
function expectValid(state: AppState) {
  expect(Object.keys(state).sort()).toEqual(Object.keys(DEFAULT_STATE).sort());
  expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
  expect(['zh', 'en']).toContain(state.lang);
  expect(state.basemap).toBe('offline');
  expect([null, ...PANEL_IDS]).toContain(state.panel);
  expect(Number.isInteger(state.tourStep) && state.tourStep >= 0 && state.tourStep < TOUR_STEPS.length).toBe(true);
  expect([2022, 2023, 2027]).toContain(state.phase);
  expect(state.hidden).toEqual(LEGEND_ITEM_IDS.filter((id) => state.hidden.includes(id)));
  if (state.selected !== null) expect(state.selected).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  if (state.selected !== null) expect(state.selected.length).toBeLessThanOrEqual(64);
  if (state.view !== null) {
    const { center: [lng, lat], zoom, bearing, pitch } = state.view;
    for (const n of [lng, lat, zoom, bearing, pitch]) expect(Number.isFinite(n)).toBe(true);
    expect(lng >= VIEW_BOUNDS.west && lng <= VIEW_BOUNDS.east && lat >= VIEW_BOUNDS.south && lat <= VIEW_BOUNDS.north).toBe(true);
    expect(zoom >= 0 && zoom <= 22 && pitch >= 0 && pitch <= 60 && bearing >= -180 && bearing <= 180).toBe(true);
  }
}

const PAYLOADS = [
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'javascript:alert(1)', '"><svg onload=alert(1)>',
  '__proto__', 'constructor', 'prototype', 'toString', 'NaN', 'Infinity', '-Infinity', '1e999', '-0', '0x10',
  '%00', '%E0%A4%A', '%', '&', '=', ',', ',,', '\u202e', '\ud800', '数字', 'a'.repeat(300), 'g50'.repeat(90),
  'en', 'zh', 'share', 'offline', 'park-digital-information', 'belts,pillars', '121.112,31.21592,12.5',
  '121.112,31.21592,12.5,10,20', '121.1,31.2,22.01', '122.4,31.8,0,180,60', 'stations:300,900:900', 'corridor:g50:2.5',
  'stations:800:900', 'corridor:axis:99',
];
const KEYS = [...Object.values(URL_PARAM), '__proto__', 'constructor', 'LANG', 'sel[]', ''];

/** Percent-encodes what can be encoded; a lone surrogate goes in raw, as a hand-made link could. */
const encode = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
};

/** Query strings an attacker or a broken link could send: random text, or our keys with hostile values. */
const hostileQuery = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom('&', '=', ',', '%', '.', '-', '1', 'e', 'a', '<', '?', '#', '+', ' '), maxLength: 200 }),
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 10 })),
        fc.oneof(
          fc.constantFrom(...PAYLOADS),
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc.array(fc.oneof(fc.double(), fc.integer(), fc.constantFrom('NaN', '1e999', '')), { maxLength: 6 }).map((n) => n.join(',')),
          fc.array(fc.constantFrom(...LEGEND_ITEM_IDS, ...PAYLOADS), { maxLength: 14 }).map((ids) => ids.join(',')),
        ),
        fc.boolean(),
      ),
      { maxLength: 12 },
    )
    .map((pairs) => pairs.map(([key, value, percent]) => `${key}=${percent ? encode(value) : value}`).join('&')),
);

const validState: fc.Arbitrary<AppState> = fc.record({
  lang: fc.constantFrom('zh' as const, 'en' as const),
  hidden: fc.subarray([...LEGEND_ITEM_IDS]),
  selected: fc.option(fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,6}$/), { nil: null }),
  view: fc.option(
    fc.record({
      center: fc.tuple(
        fc.double({ min: VIEW_BOUNDS.west, max: VIEW_BOUNDS.east, noNaN: true }),
        fc.double({ min: VIEW_BOUNDS.south, max: VIEW_BOUNDS.north, noNaN: true }),
      ),
      zoom: fc.double({ min: 0, max: 22, noNaN: true }),
      bearing: fc.double({ min: -180, max: 180, noNaN: true }),
      pitch: fc.double({ min: 0, max: 60, noNaN: true }),
    }),
    { nil: null },
  ),
  basemap: fc.constant('offline' as const),
  panel: fc.constantFrom(null, ...PANEL_IDS),
  tourStep: fc.integer({ min: 0, max: TOUR_STEPS.length - 1 }),
  phase: fc.constantFrom(...PLAN_PHASES),
  // A link keeps the settings of the nearby tool's chosen mode only.
  nearby: fc.constantFrom(
    DEFAULT_NEARBY,
    { ...DEFAULT_NEARBY, rings: [300, 1200], tabled: 1200 },
    { ...DEFAULT_NEARBY, mode: 'corridor' as const, corridorOf: 'dz_line' as const, corridorKm: 0.5 },
  ),
});

describe('parseUrlState, property-based', () => {
  it('turns 10,000 hostile query strings into valid states, reflecting nothing but validated values', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const state = parseUrlState(query, 'zh');
        expectValid(state);
        // Every string in the state is an id or a language: no markup, quotes, colons or spaces.
        const strings = [state.lang, state.basemap, state.panel, state.selected, ...state.hidden].filter((s) => s !== null);
        for (const s of strings) expect(s).toMatch(/^[a-z0-9-]+$/);
        // What is written back is exactly what was read.
        expect(parseUrlState(formatUrlState(state), 'zh')).toEqual(state);
      }),
      { numRuns: 10_000 },
    );
  });

  it('round-trips every valid state, the view within a quarter of a pixel', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const parsed = parseUrlState(formatUrlState(state), 'zh');
        expect({ ...parsed, view: null }).toEqual({ ...state, view: null });
        if (state.view === null) {
          expect(parsed.view).toBeNull();
          return;
        }
        const view = parsed.view!;
        const pxPerDegree = (512 * 2 ** state.view.zoom) / 360;
        expect(Math.abs(view.center[0] - state.view.center[0]) * pxPerDegree).toBeLessThanOrEqual(0.26);
        expect(Math.abs(view.center[1] - state.view.center[1]) * pxPerDegree).toBeLessThanOrEqual(0.26);
        expect(Math.abs(view.zoom - state.view.zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(Math.abs(view.bearing - state.view.bearing)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(Math.abs(view.pitch - state.view.pitch)).toBeLessThanOrEqual(0.05 + 1e-9);
        // A link made from a link is the same link.
        expect(formatUrlState(parsed)).toBe(formatUrlState(state));
        expect(parseUrlState(formatUrlState(parsed), 'zh')).toEqual(parsed);
      }),
      { numRuns: 3_000 },
    );
  });
});
