/** Names of coordinate systems, apart from the libraries that convert them, so the import tool loads light. */

/** How the result reports the coordinate system the data came in. */
export type CrsKind = 'WGS84' | 'GCJ02' | 'BD09' | 'projected' | 'unknown';

/** What the visitor (or the doctor's caller) says the coordinates are in; 'auto' trusts the file. */
export const CRS_CHOICES = ['auto', 'WGS84', 'GCJ02', 'BD09', 'EPSG:4549', 'EPSG:3857', 'EPSG:32651'] as const;
export type CrsChoice = (typeof CRS_CHOICES)[number];
