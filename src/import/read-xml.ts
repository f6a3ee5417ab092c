import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { problem } from './problems';
import { decodeText, type ReadOutcome } from './read-result';

/**
 * KML and GPX through @tmcw/togeojson, on xmldom's parser: it runs alike in the page, the worker
 * (which has no DOMParser) and Node. Entities are not expanded beyond XML's own.
 */
export function readXml(bytes: Uint8Array, format: 'kml' | 'gpx'): ReadOutcome {
  const label = format.toUpperCase();
  let features: unknown[];
  try {
    const doc = new DOMParser({ onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    } }).parseFromString(decodeText(bytes), 'text/xml');
    const root = doc.documentElement?.nodeName.toLowerCase();
    if (root !== format) return { ok: false, problem: problem('NOT_XML', {}, { format: label }) };
    features = (format === 'kml' ? kml(doc) : gpx(doc)).features;
  } catch {
    return { ok: false, problem: problem('NOT_XML', {}, { format: label }) };
  }
  return { ok: true, features, declared: { kind: 'WGS84', name: `${label} (WGS-84 by definition)` }, problems: [] };
}
