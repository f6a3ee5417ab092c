/** A swipe down at least this far closes a bottom sheet, however tall the sheet is. */
export const SWIPE_CLOSE_PX = 120;

/**
 * Whether a bottom sheet dragged down by `distance` pixels closes when let go: a quarter of its
 * height, or SWIPE_CLOSE_PX for a tall sheet, is a swipe; less is a change of mind, and it springs back.
 */
export function swipeCloses(distance: number, sheetHeight: number): boolean {
  return distance > 0 && distance >= Math.min(SWIPE_CLOSE_PX, sheetHeight / 4);
}
