import { drawingsKey, loadDrawings, saveDrawings } from '../data/drawings-db';
import type { Drawing, DrawingSurface } from '../data/drawing.types';
import { t, tCount, type Lang } from '../i18n/translate';
import '../i18n/draw.messages';

/** What the drawing tool gives its storage: which map's drawings these are, and the language problems are told in. */
export interface DrawingStorageHost {
  readonly storageScope: string;
  readonly lang: Lang;
}

/** The drawings that are finished: the one being drawn is not stored or exported. */
export const committed = (drawings: readonly Drawing[]) => drawings.filter((d) => !d.properties.inProgress);

/**
 * The drawing tool's drawings in this browser: puts the stored ones on the map when the tool
 * opens, then writes the finished ones through to IndexedDB whenever they change. Stored drawings
 * the map refuses are kept and written again with every change, never dropped.
 */
export class DrawingStorage {
  /** Stored drawings the map refused. */
  private unshown: Drawing[] = [];
  private lastSaved = '';
  /** The latest write: once it is done, every earlier one is too. */
  saved: Promise<void> = Promise.resolve();

  /** `report` shows a problem with the store (it could not be read or written, or held drawings the map refuses). */
  constructor(
    private readonly host: DrawingStorageHost,
    private readonly report: (problem: string) => void,
  ) {}

  /**
   * Puts the stored drawings the map does not hold yet on it: all of them the first time, then
   * those the import tool added. The next save writes what the map then holds (it may hold
   * drawings the store lacks), unless the store could not be read: then not before a change,
   * as writing could lose what is stored.
   */
  async restore(surface: DrawingSurface): Promise<void> {
    const { lang } = this.host;
    const loaded = await loadDrawings<Drawing>(drawingsKey(this.host.storageScope));
    if (loaded.problem !== null) this.report(t(lang, 'Draw.storageError', { detail: loaded.problem }));
    const onMap = new Set(surface.drawings().map((d) => d.id));
    const rejected = surface.add(loaded.features.filter((f) => !onMap.has(f?.id)));
    if (rejected.length > 0) {
      this.unshown = loaded.features.filter((f) => rejected.some((r) => r.id === f?.id));
      const detail = [...new Set(rejected.map((r) => r.reason))].join(', ');
      this.report(tCount(lang, 'Draw.rejected', rejected.length, { detail }));
    }
    this.lastSaved = loaded.unread ? JSON.stringify(this.toStore(surface.drawings())) : '';
  }

  /**
   * Writes the finished drawings whenever they differ from what was saved. Each write starts at
   * once (a page closed right after a change runs nothing later), and IndexedDB runs writes to one
   * store in the order they were started.
   */
  save(drawings: readonly Drawing[]): Promise<void> {
    const features = this.toStore(drawings);
    const text = JSON.stringify(features);
    if (text === this.lastSaved) return this.saved;
    this.lastSaved = text;
    this.saved = saveDrawings(drawingsKey(this.host.storageScope), features).catch((error: Error) => {
      this.report(t(this.host.lang, 'Draw.storageError', { detail: error.message }));
    });
    return this.saved;
  }

  /** What is stored: the finished drawings, then those the map refused. */
  private toStore(drawings: readonly Drawing[]): Drawing[] {
    return [...committed(drawings), ...this.unshown];
  }
}
