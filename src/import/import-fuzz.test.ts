import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { surveyedLine17 } from '../../test/import-fixtures';
import { CRS_CHOICES } from './crs-names';
import { importFile } from './import-file';
import { ALL_EN as EN } from '../i18n/all-messages';
import { LANGS } from '../i18n/translate';
import { problemMessage } from './problems';

const stations = surveyedLine17().map((f) => f.geometry.coordinates);
const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '{{constructor.constructor("alert(1)")()}}', '\u0000', '\u202e'];

const number = fc.oneof(
  fc.double(),
  fc.double({ min: 120, max: 122 }),
  fc.double({ min: 30, max: 32 }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e999, -0, 400, -91),
);
const position = fc.oneof(
  fc.tuple(number, number),
  fc.tuple(number, number, number),
  fc.array(fc.oneof(number, fc.string({ maxLength: 4 }), fc.constant(null)), { maxLength: 5 }),
);
const ring = fc.oneof(fc.array(position, { maxLength: 8 }), fc.array(position, { minLength: 4, maxLength: 8 }).map((r) => [...r, r[0]]));
const geometry = fc.oneof(
  fc.record({ type: fc.constant('Point'), coordinates: position }),
  fc.record({ type: fc.constantFrom('LineString', 'MultiPoint'), coordinates: fc.array(position, { maxLength: 6 }) }),
  fc.record({ type: fc.constantFrom('Polygon', 'MultiLineString'), coordinates: fc.array(ring, { maxLength: 3 }) }),
  fc.record({ type: fc.constant('MultiPolygon'), coordinates: fc.array(fc.array(ring, { maxLength: 2 }), { maxLength: 2 }) }),
  fc.record({ type: fc.constantFrom('GeometryCollection', 'Circle', ''), geometries: fc.array(fc.anything(), { maxLength: 2 }) }),
  fc.anything(),
);
/** Nested `depth` levels deep: arrays or objects, as text, so JSON.parse builds it. */
const deep = fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.boolean()).map(([depth, arrays]) => (arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)));
const properties = fc.oneof(
  fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype')), fc.oneof(fc.constantFrom(...PAYLOADS), fc.jsonValue(), fc.string({ maxLength: 3000 }))),
  fc.anything(),
);
const feature = fc.oneof(
  fc.record({ type: fc.constant('Feature'), id: fc.option(fc.oneof(fc.constantFrom(...PAYLOADS), fc.integer())), properties, geometry }, { requiredKeys: ['type'] }),
  fc.anything(),
);
const collection = fc.record(
  {
    type: fc.constantFrom('FeatureCollection', 'Feature', 'Point', 'Topology', ''),
    features: fc.oneof(fc.array(feature, { maxLength: 6 }), fc.anything()),
    crs: fc.oneof(fc.constant(undefined), fc.record({ type: fc.constant('name'), properties: fc.record({ name: fc.constantFrom('EPSG:4549', 'urn:ogc:def:crs:EPSG::3857', 'EPSG:32651', 'EPSG:9999', 'CRS84') }) }), fc.anything()),
  },
  { requiredKeys: [] },
);
/** A document as file text: JSON of the shapes above (with a `__proto__` member spliced in), or hostile text. */
const geojsonText = fc.oneof(
  collection.map((c) => JSON.stringify(c) ?? 'null'),
  collection.map((c) => (JSON.stringify(c) ?? '{}').replace(/^\{/, '{"__proto__":{"polluted":true},')),
  deep.map((d) => `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"deep":${d}},"geometry":{"type":"Point","coordinates":${d.startsWith('[') ? d : '[121,31]'}}}]}`),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.json(),
);
const csvText = fc
  .array(fc.array(fc.oneof(fc.constantFrom(...PAYLOADS, 'NaN', 'Infinity', '1e999', '121.1', '31.1', '"', ','), fc.string({ maxLength: 6 })), { maxLength: 5 }), { maxLength: 6 })
  .map((rows) => [fc.sample(fc.constantFrom('lon,lat,name', '经度,纬度', 'x,y', 'a,b'), 1)[0], ...rows.map((r) => r.join(','))].join('\n'));
const xmlText = fc
  .tuple(fc.constantFrom('kml', 'gpx', 'svg'), fc.constantFrom(...PAYLOADS, '<Placemark><Point><coordinates>121,31</coordinates></Point></Placemark>', '<wpt lat="NaN" lon="1e999"/>', '<!DOCTYPE x [<!ENTITY a "aaaa">]>&a;', '<![CDATA[<script>]]>'), fc.boolean())
  .map(([root, body, closed]) => `<?xml version="1.0"?><${root}>${body}${closed ? `</${root}>` : ''}`);
const document = fc.oneof(
  fc.tuple(fc.constantFrom('a.geojson', 'a.json', 'noextension'), geojsonText),
  fc.tuple(fc.constant('a.csv'), csvText),
  fc.tuple(fc.constantFrom('a.kml', 'a.gpx'), xmlText),
  fc.tuple(fc.constant('a.zip'), fc.string({ unit: 'binary', maxLength: 200 }).map((s) => `PK\u0003\u0004${s}`)),
  fc.tuple(fc.constant('a.zip'), fc.tuple(fc.string({ unit: 'binary', maxLength: 100 }), fc.string({ maxLength: 30 })).map(([s, tail]) => `PK\u0003\u0004${s}PK\u0005\u0006${tail}`)),
);

describe('importFile on malformed and hostile documents (fast-check)', () => {
  it('never throws, explains every feature it leaves out in both languages, and pollutes no prototype', async () => {
    await fc.assert(
      fc.asyncProperty(document, fc.constantFrom(...CRS_CHOICES), async ([name, text], crs) => {
        const { report, collection } = await importFile(name, new TextEncoder().encode(text), { stations, crs });
        if (!report.readable) expect(report.problems).toHaveLength(1);
        // Every feature read either imported or has an error naming it; a refused file says why.
        const explained = new Set(report.problems.filter((p) => p.severity === 'error').map((p) => p.feature));
        const fileRefused = report.problems.some((p) => p.severity === 'error' && p.feature === undefined);
        expect(report.importable).toBe(collection.features.length);
        expect(fileRefused || report.features - report.importable === explained.size).toBe(true);
        for (const p of report.problems) {
          const placeholders = [...EN[`Problem.${p.code}`].matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
          expect(placeholders.filter((name) => name !== 'feature' && !(name in (p.values ?? {})))).toEqual([]);
          for (const lang of LANGS) expect(problemMessage(p, lang).trim()).not.toBe('');
        }
        for (const f of collection.features) expect(typeof f.properties!.source).toBe('string');
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 10_000) },
    );
  }, 240_000);
});
