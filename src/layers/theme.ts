/** Colour and size tokens of the map; layers read these and nothing else. */
export const THEME = {
  background: '#efece4',
  neighbourFill: '#e6e2d8',
  neighbourLine: '#b3ab9b',
  focusFill: '#faf8f2',
  focusLine: '#6f6655',
  water: '#a8cbe2',
  waterLine: '#7aa7c7',
  subAreaLine: '#8c7f6a',
  subAreaText: '#6d6252',
  g50: '#d9480f',
  line17: '#b5655b',
  dzLine: '#6f42c1',
  stationFill: '#ffffff',
  pillar: '#1c6fb8',
  basePark: '#2b8a3e',
  belts: {
    'belt-digital-agriculture': '#74a030',
    'belt-digital-culture-tourism': '#d6336c',
    'belt-digital-finance': '#c28a00',
  } as Record<string, string>,
  corridor: '#3b5b8c',
  town: '#4a4338',
  text: '#2b2620',
  /** Label colours a shade darker than their features', for AA contrast (4.5:1) against the halo. */
  pillarText: '#1a5f99',
  parkText: '#236b30',
  textHalo: 'rgba(255,255,255,0.92)',
  highlight: '#ffb703',
  /** Buffers and measurements drawn by the analysis tools. */
  overlay: '#0b7285',
} as const;

/** Dash pattern for every geometry that is not surveyed: the legend explains it. */
export const UNSURVEYED_DASH = [2, 1.5];
