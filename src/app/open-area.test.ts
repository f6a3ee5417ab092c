import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openArea } from './open-area';

// The boxes app-shell's CSS puts over the map, restated here from its stylesheet.
const HEADER_RIGHT_EDGE = 10 + 340; // left: 10px; max-width: 340px
const CARD_LEFT_EDGE_FROM_RIGHT = 10 + 360; // right: 10px; width: 360px
/** The phone's card sheet: max-height: min(55%, calc(100% - var(--header-bottom) - 140px)). */
const cssSheetHeight = (height: number, headerBottom: number) => Math.min(0.55 * height, height - headerBottom - 140);

describe('openArea: a feature the map shows stays clear of what covers the map', () => {
  it('on a wide screen, clear of the open legend on the left and the card on the right', () => {
    fc.assert(
      fc.property(fc.integer({ min: 601, max: 3840 }), fc.integer({ min: 400, max: 2160 }), (width, height) => {
        const open = openArea({ width, height, legendOpen: true, headerBottom: 0 });
        expect(open.left).toBeGreaterThanOrEqual(HEADER_RIGHT_EDGE);
        expect(open.right).toBeGreaterThanOrEqual(CARD_LEFT_EDGE_FROM_RIGHT);
        // With the legend closed, the map on the left is free again.
        expect(openArea({ width, height, legendOpen: false, headerBottom: 0 }).left).toBeLessThan(open.left);
      }),
    );
  });

  it('on a phone, below the header and above the tallest card sheet, leaving a band of map between them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 280, max: 600 }),
        fc.integer({ min: 480, max: 1000 }),
        fc.integer({ min: 60, max: 300 }),
        (width, height, headerBottom) => {
          const area = openArea({ width, height, legendOpen: true, headerBottom });
          expect(area.top).toBeGreaterThanOrEqual(headerBottom);
          expect(area.bottom).toBeGreaterThanOrEqual(cssSheetHeight(height, headerBottom));
          expect(height - area.top - area.bottom).toBeGreaterThanOrEqual(140 - 2 * 10 - 1);
          // The legend sits in the header on a phone: whether it is open changes nothing here.
          expect(openArea({ width, height, legendOpen: false, headerBottom })).toEqual(area);
        },
      ),
    );
  });
});
