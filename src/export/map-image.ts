/** What goes into an exported map image besides the map itself. */
export interface MapImageParts {
  /** A copy of the map as drawn, in device pixels. */
  map: HTMLCanvasElement;
  /** Device pixels per CSS pixel of `map`. */
  pixelRatio: number;
  title: string;
  /** The legend items shown on the map, with their colour. */
  legend: readonly { label: string; colour: string }[];
  /** The attribution the map shows, as text. */
  attribution: string;
}

const FONT_FAMILY = "system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";
const PAD = 12;
const LINE = 20;
const SWATCH = 12;

/** Lays the legend items out in rows across `width`: the position of each, and the height used. */
function layoutLegend(context: CanvasRenderingContext2D, legend: MapImageParts['legend'], width: number) {
  const places: { x: number; y: number }[] = [];
  let [x, y] = [PAD, 0];
  for (const item of legend) {
    const itemWidth = SWATCH + 6 + context.measureText(item.label).width + 16;
    if (x + itemWidth > width - PAD && x > PAD) [x, y] = [PAD, y + LINE];
    places.push({ x, y });
    x += itemWidth;
  }
  return { places, height: legend.length ? y + LINE : 0 };
}

/**
 * The map with a footer under it: the title, the legend of what is shown and the attribution,
 * as one PNG.
 */
export function composeMapImage(parts: MapImageParts): Promise<Blob> {
  const scale = parts.pixelRatio;
  const cssWidth = parts.map.width / scale;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('this browser cannot draw a 2D canvas'));
  context.font = `13px ${FONT_FAMILY}`;
  const legend = layoutLegend(context, parts.legend, cssWidth);
  const footer = PAD + LINE + legend.height + LINE + PAD;
  canvas.width = parts.map.width;
  canvas.height = parts.map.height + Math.ceil(footer * scale);
  context.drawImage(parts.map, 0, 0);
  context.scale(scale, scale);
  const top = parts.map.height / scale;
  context.fillStyle = '#fffdf8';
  context.fillRect(0, top, cssWidth, footer);
  context.textBaseline = 'middle';
  context.fillStyle = '#2b2620';
  context.font = `600 15px ${FONT_FAMILY}`;
  context.fillText(parts.title, PAD, top + PAD + LINE / 2);
  context.font = `13px ${FONT_FAMILY}`;
  const legendTop = top + PAD + LINE;
  parts.legend.forEach((item, i) => {
    const { x, y } = legend.places[i];
    context.fillStyle = item.colour;
    context.fillRect(x, legendTop + y + (LINE - SWATCH) / 2, SWATCH, SWATCH);
    context.fillStyle = '#2b2620';
    context.fillText(item.label, x + SWATCH + 6, legendTop + y + LINE / 2);
  });
  context.fillStyle = '#4a4338';
  context.font = `11px ${FONT_FAMILY}`;
  context.fillText(parts.attribution, PAD, legendTop + legend.height + LINE / 2, cssWidth - 2 * PAD);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the image'))), 'image/png'),
  );
}
