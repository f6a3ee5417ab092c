import type { EmbedConfig } from './embed-config';
import type { MapMessage } from './messages';
import { parseHostMessage } from './messages';
import type { TrunkMap } from './trunk-map';

/** What the bridge needs of the iframe's window: `window`, or a fake in tests. */
export interface FrameWindow {
  readonly parent: { postMessage(message: MapMessage, targetOrigin: string): void };
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/**
 * Lets the page embedding this one in an iframe drive the map with postMessage and hear what the
 * visitor does. Only the parent window on an origin the deployer allows (embed-config.json) is
 * heard, and only messages of our shapes; events go to those origins only, never to '*'. The
 * host hears `ready` once the map has its data and listens: messages sent before may be lost.
 */
export function bridgeToParent(
  map: Pick<TrunkMap, 'select' | 'setLayers' | 'addEventListener' | 'ready'> & { lang: string },
  config: EmbedConfig,
  win: FrameWindow,
): void {
  const allowed = new Set(config.allowedOrigins);
  if (allowed.size === 0) return;
  win.addEventListener('message', (event) => {
    if (!allowed.has(event.origin) || event.source !== win.parent) return;
    const message = parseHostMessage(event.data);
    if (message?.type === 'select') map.select(message.id);
    else if (message?.type === 'set-layers') map.setLayers(message.layers);
    else if (message?.type === 'set-lang') map.lang = message.lang;
  });
  // A message for an origin the parent is not on is dropped by the browser, so each allowed one is tried.
  const tell = (message: MapMessage) => allowed.forEach((origin) => win.parent.postMessage(message, origin));
  map.addEventListener('feature-selected', (event) => tell({ type: 'feature-selected', ...event.detail }));
  map.addEventListener('view-changed', (event) => tell({ type: 'view-changed', view: event.detail.view }));
  // The allowlist may arrive after the map is ready: then the host hears it at once.
  if (map.ready) tell({ type: 'ready' });
  else map.addEventListener('ready', () => tell({ type: 'ready' }), { once: true });
}
