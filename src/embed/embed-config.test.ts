import { describe, expect, it } from 'vitest';
import { loadEmbedConfig, parseEmbedConfig } from './embed-config';

describe('parseEmbedConfig', () => {
  it('keeps exact http(s) origins only', () => {
    expect(
      parseEmbedConfig({
        allowedOrigins: ['https://www.shqp.gov.cn', 'http://localhost:8080', '*', 'https://a.example/path', 'javascript:alert(1)', 42, 'null'],
      }),
    ).toEqual({ allowedOrigins: ['https://www.shqp.gov.cn', 'http://localhost:8080'] });
  });

  it('allows nobody for anything else', () => {
    for (const bad of [null, 'x', [], {}, { allowedOrigins: 'https://a.example' }]) expect(parseEmbedConfig(bad)).toEqual({ allowedOrigins: [] });
  });

  it('allows nobody when the server answers with an error, whatever the body says', async () => {
    const failing = (() => Promise.resolve(Response.json({ allowedOrigins: ['https://www.shqp.gov.cn'] }, { status: 500 }))) as typeof fetch;
    expect(await loadEmbedConfig('https://x/embed-config.json', failing)).toEqual({ allowedOrigins: [] });
  });

  it('asks the server each time, so a host removed from the file is refused on the next load', async () => {
    const asked: RequestInit[] = [];
    const server = ((_url: string, init: RequestInit) => {
      asked.push(init);
      return Promise.resolve(Response.json({ allowedOrigins: ['https://www.shqp.gov.cn'] }));
    }) as typeof fetch;
    expect(await loadEmbedConfig('https://x/embed-config.json', server)).toEqual({ allowedOrigins: ['https://www.shqp.gov.cn'] });
    expect(asked.map((init) => init.cache)).toEqual(['no-cache']);
  });

  it('allows nobody when the file is missing or broken', async () => {
    const missing = (() => Promise.resolve(new Response('', { status: 404 }))) as typeof fetch;
    const broken = (() => Promise.resolve(new Response('{'))) as typeof fetch;
    const offline = (() => Promise.reject(new TypeError('offline'))) as typeof fetch;
    for (const fetcher of [missing, broken, offline]) expect(await loadEmbedConfig('https://x/embed-config.json', fetcher)).toEqual({ allowedOrigins: [] });
  });
});
