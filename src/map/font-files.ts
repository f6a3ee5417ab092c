import { addProtocol, type StyleSpecification } from 'maplibre-gl';

/**
 * MapLibre downloads a `font-faces` file again for each OpenType feature it draws with: labels
 * along a line ask for the vertical ('vert') face of their Chinese characters, and when that comes
 * after the normal face has loaded, the file is fetched a second time. Under this scheme MapLibre
 * asks us for the file instead, and every map on the page shares one download.
 */
const SCHEME = 'font-file';
const PREFIX = `${SCHEME}://`;

const downloads = new Map<string, Promise<ArrayBuffer>>();

function download(url: string): Promise<ArrayBuffer> {
  let pending = downloads.get(url);
  if (!pending) {
    pending = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText} for the font file at ${url}`);
      return response.arrayBuffer();
    });
    // A failed download is not kept, so that the next map can try again.
    pending.catch(() => downloads.delete(url));
    downloads.set(url, pending);
  }
  return pending;
}

addProtocol(SCHEME, async ({ url }) => ({
  // Each caller gets its own copy: the font loader may take over the buffer it is handed.
  data: (await download(url.slice(PREFIX.length))).slice(0),
}));

function viaScheme(url: string): string {
  return url.startsWith(PREFIX) ? url : PREFIX + url;
}

/** The style with each of its `font-faces` files downloaded at most once per page. */
export function withFontFilesFetchedOnce(style: StyleSpecification): StyleSpecification {
  const fontFaces = style['font-faces'];
  if (!fontFaces) return style;
  const rewritten: typeof fontFaces = Object.fromEntries(
    Object.entries(fontFaces).map(([name, faces]) => [
      name,
      typeof faces === 'string' ? viaScheme(faces) : faces.map((face) => ({ ...face, url: viaScheme(face.url) })),
    ]),
  );
  return { ...style, 'font-faces': rewritten };
}
