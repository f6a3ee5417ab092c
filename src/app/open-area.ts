/**
 * Where on the map a shown feature stays in view: clear of the legend and the card on a wide
 * screen, of the header and the card's bottom sheet on a phone.
 */

/** Wider than this, the legend and the card sit beside the map instead of over its top and bottom. */
export const WIDE_LAYOUT_MIN_PX = 600;

/** On a phone, the height of map kept in view between the header and the card's bottom sheet. */
export const PHONE_MAP_BAND_PX = 140;

/** The shell's size and what covers the map now. */
export interface ShellLayout {
  width: number;
  height: number;
  /** Whether the legend is open on the left (wide screens). */
  legendOpen: boolean;
  /** How far down the header reaches (phones, where it spans the top). */
  headerBottom: number;
}

/** The tallest the card's bottom sheet gets on a phone: the same rule as its CSS max-height in app-shell. */
export function sheetHeight({ height, headerBottom }: Pick<ShellLayout, 'height' | 'headerBottom'>): number {
  return Math.round(Math.min(height * 0.55, height - headerBottom - PHONE_MAP_BAND_PX));
}

/** Padding, in CSS pixels, that keeps a shown feature clear of whatever covers the map. */
export function openArea(layout: ShellLayout): { top: number; bottom: number; left: number; right: number } {
  return layout.width > WIDE_LAYOUT_MIN_PX
    ? { top: 60, bottom: 60, left: layout.legendOpen ? 380 : 60, right: 400 }
    : { top: layout.headerBottom + 10, bottom: sheetHeight(layout) + 10, left: 30, right: 30 };
}
