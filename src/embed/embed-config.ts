/**
 * The deployer's embedding settings, `embed-config.json` beside index.html:
 * `{ "allowedOrigins": ["https://www.shqp.gov.cn"] }` — the sites whose pages may drive the map in
 * an iframe with postMessage and hear its events. Read from that file only, never from a link or
 * a message. Anything that is not an exact `scheme://host[:port]` origin is dropped.
 */
export interface EmbedConfig {
  readonly allowedOrigins: readonly string[];
}

export const EMBED_CONFIG_FILE = 'embed-config.json';

const NO_ORIGINS: EmbedConfig = { allowedOrigins: [] };

function isOrigin(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

export function parseEmbedConfig(json: unknown): EmbedConfig {
  if (typeof json !== 'object' || json === null) return NO_ORIGINS;
  const origins = (json as { allowedOrigins?: unknown }).allowedOrigins;
  return Array.isArray(origins) ? { allowedOrigins: origins.filter(isOrigin) } : NO_ORIGINS;
}

/** Fetches the config; a missing or broken file allows no host (postMessage stays off). */
export async function loadEmbedConfig(url: string, fetcher: typeof fetch = fetch): Promise<EmbedConfig> {
  try {
    const response = await fetcher(url, { cache: 'no-cache' });
    return response.ok ? parseEmbedConfig(await response.json()) : NO_ORIGINS;
  } catch {
    return NO_ORIGINS;
  }
}
