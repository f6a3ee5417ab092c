import type { Geometry, LineString, Point, Polygon, Position } from 'geojson';

/* The visitor's drawings: drawn with terra-draw (src/map/drawing.ts), kept in IndexedDB
   (drawings-db.ts), listed and exported by <draw-tool>. */

export const SHAPE_MODES = ['point', 'linestring', 'polygon'] as const;
/** The kind of shape, named as terra-draw names the mode that draws it. */
export type ShapeMode = (typeof SHAPE_MODES)[number];
/** What a map click does: draw one kind of shape, select (to edit or delete), or nothing (the tool is closed). */
export type DrawMode = ShapeMode | 'select' | 'static';

/** A type, not an interface, so that it fits where any GeoJSON properties do. */
export type DrawingProperties = {
  mode: ShapeMode;
  /** The base park this polygon traces, if the visitor linked one. */
  park_id?: string;
} & Partial<Provenance>;

/** Where an imported drawing came from; the geometry is WGS-84 whatever the file was in. */
export type Provenance = {
  /** The imported file's name. */
  source_file: string;
  /** The datum or CRS the file's coordinates were in: `WGS-84`, `GCJ-02`, `BD-09` or an EPSG code. */
  source_datum: string;
  /** What converted them to WGS-84 (`gcoord`, `proj4`); absent for WGS-84. */
  converted_with?: string;
};

/** The provenance properties a drawing keeps through terra-draw, storage and export. */
export const PROVENANCE_KEYS = ['source_file', 'source_datum', 'converted_with'] as const;

/** One drawn shape, as stored and exported. `inProgress` while it is still being drawn. */
export interface Drawing {
  type: 'Feature';
  id: string;
  geometry: Point | LineString | Polygon;
  properties: DrawingProperties & { inProgress?: boolean };
}

/** A drawing that could not be shown, and why. */
export interface RejectedDrawing {
  id: unknown;
  reason: string;
}

/** The drawings on the map, as the drawing tool works them. */
export interface DrawingSurface {
  readonly mode: DrawMode;
  setMode(mode: DrawMode): void;
  /** Every drawing, the one being drawn included. */
  drawings(): Drawing[];
  /** Adds stored or imported drawings; returns those refused, with the reason. */
  add(drawings: readonly Drawing[]): RejectedDrawing[];
  selectedId(): string | null;
  select(id: string): void;
  remove(id: string): void;
  linkPark(id: string, parkId: string | null): void;
  canUndo(): boolean;
  canRedo(): boolean;
  undo(): void;
  redo(): void;
  /** Where a vertex drawn with the keyboard goes: the cross, at the map's centre or beside the panel `keepClearOf` names. */
  centre(): Position;
  /** The panel over the map (the Draw tool), which the cross keeps clear of. */
  keepClearOf(panel: () => DOMRect | null): void;
  /** Whether two positions are the same place on screen (within a few pixels). */
  samePlace(a: Position, b: Position): boolean;
  /** Whether a key pressed on this target was pressed on the map. */
  isMap(target: EventTarget | undefined): boolean;
  focusMap(): void;
  /** An id the map accepts for a new drawing. */
  newId(): string;
  /** Shows a shape being drawn with the keyboard (its vertices and the shape so far); no vertices clears it. */
  showSketch(vertices: readonly Position[], shape: Geometry | null): void;
  /** Called after every change; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
}
