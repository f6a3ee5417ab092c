import type { CrsDeclaration } from './crs';
import type { ImportProblem } from './problems';

/** A file read as its format: its raw features (not yet checked), any declared CRS and problems of single rows. */
export type ReadOutcome =
  | { ok: true; features: unknown[]; declared: CrsDeclaration | null; problems: ImportProblem[] }
  | { ok: false; problem: ImportProblem };

export const decodeText = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
