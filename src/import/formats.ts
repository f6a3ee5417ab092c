/** The formats the import reads. */
export type ImportFormat = 'geojson' | 'kml' | 'gpx' | 'csv' | 'shapefile';

const BY_EXTENSION: Record<string, ImportFormat> = {
  geojson: 'geojson',
  json: 'geojson',
  kml: 'kml',
  gpx: 'gpx',
  csv: 'csv',
  zip: 'shapefile',
};

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * The format a file claims: its extension, else what its first bytes look like. Null when neither
 * names one of ours.
 */
export function formatOf(name: string, bytes: Uint8Array): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1].toLowerCase();
  if (extension && extension in BY_EXTENSION) return BY_EXTENSION[extension];
  if (ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) return 'shapefile';
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'geojson';
  if (head.startsWith('<')) {
    if (/<kml[\s>]/i.test(head)) return 'kml';
    if (/<gpx[\s>]/i.test(head)) return 'gpx';
  }
  return null;
}
