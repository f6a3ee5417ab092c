import type { AppState } from '../app/app-state';
import { withUrlState } from '../app/url-state';

/** Parameters that make a page the compact embed; the full map drops them. */
const EMBED_PARAMS = ['embed', 'controls'];

/** The full map showing `state`: `pageHref` (the map's page) without the embed parameters, with the state's. */
export function fullMapLink(pageHref: string, state: AppState): string {
  const url = new URL(pageHref);
  for (const name of EMBED_PARAMS) url.searchParams.delete(name);
  url.hash = '';
  return withUrlState(url.href, { ...state, panel: null });
}
