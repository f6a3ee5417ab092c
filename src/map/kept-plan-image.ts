import type { Corners, PlanImageDrawing, PlanImageSurface } from '../data/plan-image.types';
import { forgetPlanImage, keepPlanImage, readKeptPlanImage, setAside } from '../data/plan-image-db';

const decode = (bytes: ArrayBuffer, type: string) => createImageBitmap(new Blob([bytes], { type }));

/**
 * The plan image as the visitor works it, kept in IndexedDB under `key` after every change (the
 * file's bytes, corners and opacity), so a reload lays it over the map again; removing it forgets
 * it. Writes go one at a time, each with the image as it is then, so a handle dragged across the
 * map writes a few times, not once per pointer move, and a removal is never overtaken by a save.
 */
export class KeptPlanImage implements PlanImageSurface {
  setAside: string | null = null;
  /** The file's bytes and type while an image is shown. */
  private file: { bytes: ArrayBuffer; type: string } | null = null;
  /** The write in progress, resolving with the browser's reason if it failed. */
  private writing: Promise<string | null> = Promise.resolve(null);
  private writeQueued = false;

  constructor(
    private readonly drawing: PlanImageDrawing,
    private readonly key: string,
  ) {
    drawing.onCornersChanged(() => this.persist());
  }

  get opacity(): number {
    return this.drawing.opacity;
  }

  /**
   * Shows what is kept, if anything: a value that cannot be read, or an image that no longer
   * decodes, is set aside under a key of its own and named in `setAside`.
   */
  async restore(): Promise<void> {
    const { kept, setAside: aside } = await readKeptPlanImage(this.key);
    this.setAside = aside;
    if (!kept) return;
    let image: ImageBitmap;
    try {
      image = await decode(kept.bytes, kept.type);
    } catch {
      this.setAside = await setAside(this.key).catch(() => this.key);
      return;
    }
    this.file = { bytes: kept.bytes, type: kept.type };
    this.drawing.show(image, kept.corners);
    this.drawing.setOpacity(kept.opacity);
  }

  async show(file: Blob): Promise<Corners> {
    const bytes = await file.arrayBuffer();
    const image = await decode(bytes, file.type);
    const corners = this.drawing.show(image);
    this.file = { bytes, type: file.type };
    this.persist();
    return corners;
  }

  corners(): Corners | null {
    return this.drawing.corners();
  }

  setCorners(corners: Corners): void {
    this.drawing.setCorners(corners);
    this.persist();
  }

  setOpacity(opacity: number): void {
    this.drawing.setOpacity(opacity);
    this.persist();
  }

  remove(): void {
    this.drawing.remove();
    this.file = null;
    this.persist();
  }

  onCornersChanged(listener: (corners: Corners) => void): () => void {
    return this.drawing.onCornersChanged(listener);
  }

  redraw(): void {
    this.drawing.redraw();
  }

  saved(): Promise<string | null> {
    return this.writing;
  }

  /** Queues a write of the image as it will be when the write starts; none if one is already queued. */
  private persist(): void {
    if (this.writeQueued) return;
    this.writeQueued = true;
    this.writing = this.writing.then(async () => {
      this.writeQueued = false;
      const corners = this.drawing.corners();
      try {
        if (this.file && corners) await keepPlanImage(this.key, { ...this.file, corners, opacity: this.drawing.opacity });
        else await forgetPlanImage(this.key);
        return null;
      } catch (error) {
        // Not kept, but still shown: the visitor can carry on, and the tool says so.
        return (error as Error).message;
      }
    });
  }
}
