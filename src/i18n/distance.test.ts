import { describe, expect, it } from 'vitest';
import { formatDistance } from './distance';

describe('formatDistance', () => {
  it('gives whole metres below a kilometre, in the reader’s language', () => {
    expect(formatDistance('en', 250.4)).toBe('250 m');
    expect(formatDistance('zh', 250.6)).toBe('251 米');
    expect(formatDistance('en', 0)).toBe('0 m');
  });

  it('gives kilometres to two decimals from one kilometre on', () => {
    expect(formatDistance('en', 1000)).toBe('1 km');
    expect(formatDistance('en', 12_345.6)).toBe('12.35 km');
    expect(formatDistance('zh', 1500)).toBe('1.5 公里');
  });

  it('reads a negative distance (an offset back along a line) by its size', () => {
    expect(formatDistance('en', -250)).toBe('-250 m');
    expect(formatDistance('en', -2500)).toBe('-2.5 km');
  });
});
