import type { BasemapConfig, BasemapUrls } from '../layers/basemaps';

/**
 * Run-time settings a deployer can give the page before its script runs, e.g. from a same-origin
 * `config.js` (see README, "Online basemaps"). Never read from the page's URL: a link must not be
 * able to point the map at someone else's tile server.
 */
export interface RuntimeConfig {
  basemaps?: { tiandituKey?: unknown; urls?: Partial<Record<keyof BasemapUrls, unknown>>; drawTimeoutMs?: unknown };
}

declare global {
  interface Window {
    DIGITAL_TRUNK_MAP_CONFIG?: RuntimeConfig;
  }
}

/** The longest wait a deployer can set: beyond a minute a visitor would long have given up. */
const MAX_DRAW_TIMEOUT_MS = 60_000;

const isHttpUrl = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\//.test(value);
const urlList = (value: unknown) => (Array.isArray(value) && value.length > 0 && value.every(isHttpUrl) ? (value as string[]) : undefined);

/**
 * The basemap settings from the run-time config, else the build's: a Tianditu key, tile endpoints
 * replacing the defaults, and a longer or shorter wait for tiles (up to a minute). Anything
 * malformed is ignored, so the default applies.
 */
export function basemapConfigFrom(runtime: RuntimeConfig | undefined, buildTiandituKey: string | undefined): BasemapConfig {
  const given = runtime?.basemaps;
  const key = typeof given?.tiandituKey === 'string' && given.tiandituKey ? given.tiandituKey : buildTiandituKey || undefined;
  const urls: Partial<BasemapUrls> = {};
  if (isHttpUrl(given?.urls?.osmTileJson)) urls.osmTileJson = given.urls.osmTileJson;
  for (const name of ['tiandituVector', 'tiandituLabels', 'amap'] as const) {
    const list = urlList(given?.urls?.[name]);
    if (list) urls[name] = list;
  }
  const timeout = given?.drawTimeoutMs;
  const drawTimeoutMs = typeof timeout === 'number' && timeout > 0 && timeout <= MAX_DRAW_TIMEOUT_MS ? timeout : undefined;
  return { ...(key && { tiandituKey: key }), ...(Object.keys(urls).length > 0 && { urls }), ...(drawTimeoutMs && { drawTimeoutMs }) };
}

/** This page's basemap settings. */
export function readBasemapConfig(): BasemapConfig {
  return basemapConfigFrom(window.DIGITAL_TRUNK_MAP_CONFIG, import.meta.env.VITE_TIANDITU_KEY);
}
