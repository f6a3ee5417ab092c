import { describe, expect, it } from 'vitest';
import { basemapConfigFrom } from './basemap-config';

describe('basemapConfigFrom', () => {
  it('is empty without any setting: the public endpoints, no Tianditu', () => {
    expect(basemapConfigFrom(undefined, undefined)).toEqual({});
    expect(basemapConfigFrom({}, '')).toEqual({});
  });

  it('takes the Tianditu key from the build, and prefers one given at run time', () => {
    expect(basemapConfigFrom(undefined, 'build-key')).toEqual({ tiandituKey: 'build-key' });
    expect(basemapConfigFrom({ basemaps: { tiandituKey: 'runtime-key' } }, 'build-key')).toEqual({ tiandituKey: 'runtime-key' });
    expect(basemapConfigFrom({ basemaps: { tiandituKey: '' } }, 'build-key')).toEqual({ tiandituKey: 'build-key' });
  });

  it('takes replacement tile endpoints', () => {
    const urls = { amap: ['http://127.0.0.1:8080/{z}/{x}/{y}.png'], osmTileJson: 'https://tiles.example.org/planet' };
    expect(basemapConfigFrom({ basemaps: { urls } }, undefined)).toEqual({ urls });
  });

  it('takes a wait for tiles of up to a minute, and ignores any other', () => {
    expect(basemapConfigFrom({ basemaps: { drawTimeoutMs: 10_000 } }, undefined)).toEqual({ drawTimeoutMs: 10_000 });
    expect(basemapConfigFrom({ basemaps: { drawTimeoutMs: 60_000 } }, undefined)).toEqual({ drawTimeoutMs: 60_000 });
    for (const drawTimeoutMs of [0, -1, 60_001, Infinity, NaN, '5000', null]) {
      expect(basemapConfigFrom({ basemaps: { drawTimeoutMs } }, undefined), String(drawTimeoutMs)).toEqual({});
    }
  });

  it('ignores malformed endpoints, so the default applies', () => {
    const urls = {
      amap: 'http://127.0.0.1/{z}/{x}/{y}.png',
      tiandituVector: [],
      tiandituLabels: ['javascript:alert(1)'],
      osmTileJson: 42,
    };
    expect(basemapConfigFrom({ basemaps: { urls, tiandituKey: 7 } }, undefined)).toEqual({});
    // One bad endpoint spoils its list; an address must start with http(s), not merely hold one.
    const mixed = { amap: ['http://127.0.0.1/{z}/{x}/{y}.png', 'ftp://127.0.0.1/{z}/{x}/{y}.png'], osmTileJson: 'javascript:void("https://x")' };
    expect(basemapConfigFrom({ basemaps: { urls: mixed } }, undefined)).toEqual({});
    expect(basemapConfigFrom({ basemaps: { urls: { osmTileJson: ['https://tiles.example.org/planet'] } } }, undefined)).toEqual({});
  });
});
