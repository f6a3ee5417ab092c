import { describe, expect, it } from 'vitest';
import type { FeatureSelectedDetail } from './events';
import { bridgeToParent, type FrameWindow } from './iframe-bridge';
import type { MapMessage } from './messages';

const HOST = 'https://www.shqp.gov.cn';

function setup(allowedOrigins: string[], ready = false) {
  const posted: [MapMessage, string][] = [];
  const parent = { postMessage: (message: MapMessage, origin: string) => posted.push([message, origin]) };
  let onMessage: (event: MessageEvent) => void = () => undefined;
  const win: FrameWindow = { parent, addEventListener: (_type, listener) => (onMessage = listener) };
  const map = Object.assign(new EventTarget(), {
    lang: 'zh',
    ready,
    calls: [] as unknown[],
    select(id: string | null) { this.calls.push(['select', id]); },
    setLayers(ids: readonly string[]) { this.calls.push(['setLayers', ids]); },
  });
  bridgeToParent(map, { allowedOrigins }, win);
  const receive = (data: unknown, origin = HOST, source: unknown = parent) => onMessage({ data, origin, source } as MessageEvent);
  return { map, posted, receive };
}

describe('bridgeToParent', () => {
  it('tells the allowed host once the map is ready, even when it was ready before the allowlist came', () => {
    const later = setup([HOST]);
    expect(later.posted).toEqual([]);
    later.map.dispatchEvent(new Event('ready'));
    later.map.dispatchEvent(new Event('ready'));
    expect(later.posted).toEqual([[{ type: 'ready' }, HOST]]);
    expect(setup([HOST], true).posted).toEqual([[{ type: 'ready' }, HOST]]);
    expect(setup([], true).posted).toEqual([]);
  });

  it('obeys the allowed parent', () => {
    const { map, receive } = setup([HOST]);
    receive({ type: 'select', id: 'park-digital-information' });
    receive({ type: 'set-layers', layers: ['pillars'] });
    receive({ type: 'set-lang', lang: 'en' });
    expect(map.calls).toEqual([['select', 'park-digital-information'], ['setLayers', ['pillars']]]);
    expect(map.lang).toBe('en');
  });

  it('ignores other origins, other windows and other shapes', () => {
    const { map, receive } = setup([HOST]);
    receive({ type: 'select', id: 'park-digital-information' }, 'https://evil.example');
    receive({ type: 'select', id: 'park-digital-information' }, HOST, {});
    receive({ type: 'select', id: '<b>x</b>' });
    expect(map.calls).toEqual([]);
  });

  it('posts events to the allowed origins only', () => {
    const { map, posted } = setup([HOST, 'https://other.example']);
    const detail: FeatureSelectedDetail = { id: 'park-a', kind: 'base_park', name_zh: '园', name_en: 'Park' };
    map.dispatchEvent(new CustomEvent('feature-selected', { detail }));
    map.dispatchEvent(new CustomEvent('view-changed', { detail: { view: '121.1,31.2,12.00' } }));
    expect(posted).toEqual([
      [{ type: 'feature-selected', ...detail }, HOST],
      [{ type: 'feature-selected', ...detail }, 'https://other.example'],
      [{ type: 'view-changed', view: '121.1,31.2,12.00' }, HOST],
      [{ type: 'view-changed', view: '121.1,31.2,12.00' }, 'https://other.example'],
    ]);
  });

  it('does nothing when no origin is allowed', () => {
    const { map, posted, receive } = setup([]);
    receive({ type: 'select', id: 'park-digital-information' });
    map.dispatchEvent(new CustomEvent('view-changed', { detail: { view: '121.1,31.2,12.00' } }));
    expect([map.calls, posted]).toEqual([[], []]);
  });
});
