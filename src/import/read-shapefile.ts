import { iter } from 'but-unzip';
import { parseZip } from 'shpjs';
import { crsFromPrj, type CrsDeclaration } from './crs';
import { problem } from './problems';
import { decodeText, type ReadOutcome } from './read-result';

const END_OF_CENTRAL_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 65_535;

/**
 * Whether a zip's end-of-central-directory record is where the format puts it. but-unzip loops
 * forever on bytes without one (its backward search wraps around), so nothing else is passed to it.
 */
function hasEndRecord(bytes: Uint8Array): boolean {
  const last = bytes.length - END_RECORD_BYTES;
  for (let i = last; i >= 0 && i >= last - MAX_COMMENT_BYTES; i--) {
    if (END_OF_CENTRAL_DIRECTORY.every((byte, k) => bytes[i + k] === byte)) return true;
  }
  return false;
}

/** The .prj in a zip, if any: the declared CRS, which shpjs also applies (with proj4) as it reads. */
async function declaredCrs(bytes: Uint8Array): Promise<CrsDeclaration | null> {
  for (const entry of iter(bytes)) {
    if (/\.prj$/i.test(entry.filename) && !entry.filename.includes('__MACOSX')) return crsFromPrj(decodeText(await entry.read()));
  }
  return null;
}

/** A zipped shapefile through shpjs: every layer's features, reprojected to WGS-84 when a .prj says how. */
export async function readShapefile(bytes: Uint8Array): Promise<ReadOutcome> {
  if (!hasEndRecord(bytes)) return { ok: false, problem: problem('NOT_SHAPEFILE') };
  let declared: CrsDeclaration | null;
  try {
    declared = await declaredCrs(bytes);
  } catch {
    return { ok: false, problem: problem('NOT_SHAPEFILE') };
  }
  // shpjs cannot read a .prj proj4 does not know: report that, rather than a failed read.
  if (declared?.kind === 'unsupported') return { ok: true, features: [], declared, problems: [] };
  try {
    const layers = await parseZip(bytes);
    const features = (Array.isArray(layers) ? layers : [layers]).flatMap((layer) => layer.features as unknown[]);
    return { ok: true, features, declared, problems: [] };
  } catch {
    return { ok: false, problem: problem('NOT_SHAPEFILE') };
  }
}
