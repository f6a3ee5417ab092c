import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../app/app-state';
import { fullMapLink } from './full-map-link';

describe('fullMapLink', () => {
  it('is the same state without the embed parameters or an open panel', () => {
    const state = { ...DEFAULT_STATE, lang: 'en' as const, selected: 'park-digital-information', panel: 'share' as const };
    expect(fullMapLink('https://map.example/qp/?embed=1&controls=legend&sel=old#x', state)).toBe(
      'https://map.example/qp/?lang=en&sel=park-digital-information',
    );
    expect(fullMapLink('https://map.example/qp/', DEFAULT_STATE)).toBe('https://map.example/qp/');
  });
});
