import type { Corners, PlanImageDrawing } from '../data/plan-image.types';

export const BOX: Corners = [[121.1, 31.2], [121.2, 31.2], [121.2, 31.1], [121.1, 31.1]];

/** The plan image as the map would draw it, without a map: records what it is told. */
export class PlanImageDrawingStandIn implements PlanImageDrawing {
  opacity = 0.6;
  shown: { width: number; height: number; corners: Corners | undefined }[] = [];
  placed: Corners[] = [];
  private current: Corners | null = null;
  private listeners = new Set<(corners: Corners) => void>();
  show(image: ImageBitmap, corners?: Corners) {
    this.shown.push({ width: image.width, height: image.height, corners });
    this.current = structuredClone(corners ?? BOX);
    return this.current;
  }
  corners() {
    return this.current;
  }
  setCorners(corners: Corners) {
    this.placed.push(structuredClone(corners));
    this.current = corners;
  }
  setOpacity(opacity: number) {
    this.opacity = opacity;
  }
  remove() {
    this.current = null;
  }
  onCornersChanged(listener: (corners: Corners) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  redraw() {}
  /** As if a corner handle were dragged on the map. */
  drag(index: number, to: [number, number]) {
    this.current![index] = to;
    for (const listener of this.listeners) listener(this.current!);
  }
}

/** A PNG file of `width` × `height` pixels, drawn here. */
export async function png(width: number, height: number): Promise<File> {
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')!.fillRect(0, 0, width, height);
  return new File([await canvas.convertToBlob({ type: 'image/png' })], 'plan.png', { type: 'image/png' });
}
