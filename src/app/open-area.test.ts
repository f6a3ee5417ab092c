import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openArea, type ShellLayout } from './open-area';

// The boxes app-shell's CSS puts over the map, restated here from its stylesheet.
const HEADER_RIGHT_EDGE = 10 + 340; // left: 10px; max-width: 340px
const CARD_LEFT_EDGE_FROM_RIGHT = 10 + 360; // right: 10px; width: 360px
/** The phone's card sheet: max-height: min(55%, calc(100% - var(--header-bottom) - 140px)). */
const cssSheetHeight = (height: number, headerBottom: number) => Math.min(0.55 * height, height - headerBottom - 140);

const wide = { width: fc.integer({ min: 601, max: 3840 }), height: fc.integer({ min: 400, max: 2160 }) };
const layout = (given: Partial<ShellLayout> & Pick<ShellLayout, 'width' | 'height'>): ShellLayout => ({
  legendOpen: true,
  headerBottom: 0,
  cardOpen: false,
  panel: null,
  ...given,
});

describe('openArea: a feature the map shows stays clear of what covers the map', () => {
  it('on a wide screen with room, clear of the open legend on the left and the card on the right', () => {
    fc.assert(
      fc.property(fc.integer({ min: 950, max: 3840 }), wide.height, (width, height) => {
        const open = openArea(layout({ width, height, cardOpen: true }));
        expect(open.left).toBeGreaterThanOrEqual(HEADER_RIGHT_EDGE);
        expect(open.right).toBeGreaterThanOrEqual(CARD_LEFT_EDGE_FROM_RIGHT);
        // With the legend closed, or no card, that side of the map is free again.
        expect(openArea(layout({ width, height, cardOpen: true, legendOpen: false })).left).toBeLessThan(open.left);
        expect(openArea(layout({ width, height })).right).toBeLessThan(open.right);
      }),
    );
  });

  it('on a wide screen, clear of an open panel, beside the legend or in the card’s place', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1200, max: 3840 }), wide.height, fc.integer({ min: 400, max: 780 }), (width, height, reach) => {
        expect(openArea(layout({ width, height, panel: { edge: 'left', reach } })).left).toBeGreaterThanOrEqual(reach);
        expect(openArea(layout({ width, height, panel: { edge: 'right', reach } })).right).toBeGreaterThanOrEqual(reach);
      }),
    );
  });

  it('from 640 px wide, leaves the feature at least 160 px of width, keeping the card’s side clear', () => {
    fc.assert(
      fc.property(fc.integer({ min: 640, max: 3840 }), wide.height, fc.boolean(), fc.integer({ min: 370, max: 780 }), (width, height, cardOpen, reach) => {
        const area = openArea(layout({ width, height, cardOpen, panel: { edge: 'left', reach } }));
        expect(width - area.left - area.right).toBeGreaterThanOrEqual(160);
        if (cardOpen) expect(area.right).toBeGreaterThanOrEqual(CARD_LEFT_EDGE_FROM_RIGHT);
      }),
    );
  });

  it('on a phone, below the header and above the tallest card sheet or the open panel, leaving a band of map between them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 280, max: 600 }),
        fc.integer({ min: 480, max: 1000 }),
        fc.integer({ min: 60, max: 300 }),
        (width, height, headerBottom) => {
          const area = openArea(layout({ width, height, headerBottom }));
          expect(area.top).toBeGreaterThanOrEqual(headerBottom);
          expect(area.bottom).toBeGreaterThanOrEqual(cssSheetHeight(height, headerBottom));
          expect(height - area.top - area.bottom).toBeGreaterThanOrEqual(140 - 2 * 10 - 1);
          // The legend sits in the header on a phone: whether it is open changes nothing here.
          expect(openArea(layout({ width, height, headerBottom, legendOpen: false }))).toEqual(area);
          // A panel's sheet taller than the card's: the feature stays above it.
          const reach = Math.round(height * 0.7);
          expect(openArea(layout({ width, height, headerBottom, panel: { edge: 'bottom', reach } })).bottom).toBeGreaterThanOrEqual(reach);
        },
      ),
    );
  });
});
