/** The label of each kind of feature, above its name on the card and beside it in search results. */
export const KIND_KEYS = {
  trunk_line: 'Kind.trunk_line',
  line17_station: 'Kind.line17_station',
  dz_station: 'Kind.dz_station',
  pillar: 'Kind.pillar',
  base_park: 'Kind.base_park',
  belt: 'Kind.belt',
  sub_area: 'Kind.sub_area',
  boundary: 'Kind.boundary',
  water: 'Kind.water',
  town: 'Kind.town',
  poi: 'Kind.poi',
  corridor: 'Kind.corridor',
  anchor: 'Kind.poi',
} as const;
