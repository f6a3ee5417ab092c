import { describe, expect, it } from 'vitest';
import { SWIPE_CLOSE_PX, swipeCloses } from './sheet-swipe';

describe('swipeCloses', () => {
  it('closes a short sheet dragged down a quarter of its height', () => {
    expect(swipeCloses(80, 320)).toBe(true);
    expect(swipeCloses(79, 320)).toBe(false);
  });

  it('closes a tall sheet dragged down SWIPE_CLOSE_PX, less than a quarter of it', () => {
    expect(swipeCloses(SWIPE_CLOSE_PX, 600)).toBe(true);
    expect(swipeCloses(SWIPE_CLOSE_PX - 1, 600)).toBe(false);
  });

  it('never closes on a drag up or a tap', () => {
    expect(swipeCloses(0, 0)).toBe(false);
    expect(swipeCloses(-200, 300)).toBe(false);
  });
});
