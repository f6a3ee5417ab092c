/**
 * Where on the map a shown feature stays in view: clear of the legend, an open panel and the card
 * on a wide screen, of the header and the bottom sheets (card or panel) on a phone.
 */

/** Wider than this, the legend and the card sit beside the map instead of over its top and bottom. */
export const WIDE_LAYOUT_MIN_PX = 600;

/** On a phone, the height of map kept in view between the header and the card's bottom sheet. */
export const PHONE_MAP_BAND_PX = 140;

/** The narrowest part of a wide map left to a shown feature: a panel and a card together leave less. */
export const MIN_FREE_WIDTH_PX = 160;

/** An open panel: the edge of the map it sits on, and how far in from that edge it reaches. */
export interface OpenPanel {
  edge: 'left' | 'right' | 'bottom';
  reach: number;
}

/** The shell's size and what covers the map now. */
export interface ShellLayout {
  width: number;
  height: number;
  /** Whether the legend is open on the left (wide screens). */
  legendOpen: boolean;
  /** How far down the header reaches (phones, where it spans the top). */
  headerBottom: number;
  /** Whether a card is open, or opens with the feature shown (on the right of a wide screen). */
  cardOpen: boolean;
  panel: OpenPanel | null;
}

/** The tallest the card's bottom sheet gets on a phone: the same rule as its CSS max-height in app-shell. */
export function sheetHeight({ height, headerBottom }: Pick<ShellLayout, 'height' | 'headerBottom'>): number {
  return Math.round(Math.min(height * 0.55, height - headerBottom - PHONE_MAP_BAND_PX));
}

/** Padding, in CSS pixels, that keeps a shown feature clear of whatever covers the map. */
export function openArea(layout: ShellLayout): { top: number; bottom: number; left: number; right: number } {
  const { width, panel } = layout;
  const beyond = (edge: OpenPanel['edge']) => (panel?.edge === edge ? panel.reach + 20 : 0);
  if (width <= WIDE_LAYOUT_MIN_PX) {
    return { top: layout.headerBottom + 10, bottom: Math.max(sheetHeight(layout) + 10, beyond('bottom')), left: 30, right: 30 };
  }
  const right = Math.max(layout.cardOpen ? 400 : 60, beyond('right'));
  const left = Math.max(layout.legendOpen ? 380 : 60, beyond('left'));
  // Too little left between them: the card's side stays clear, the left gives way.
  return { top: 60, bottom: 60, left: Math.max(60, Math.min(left, width - right - MIN_FREE_WIDTH_PX)), right };
}
