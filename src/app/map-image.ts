import { composeMapImage } from '../export/map-image';
import { t } from '../i18n/translate';
import { LEGEND_GROUPS } from '../layers/legend';
import type { MapController } from '../map/map-controller';
import type { AppState } from './app-state';

/** The current view as a PNG: the map, the title, the legend of what is shown and the attribution. */
export async function mapImage(controller: Pick<MapController, 'snapshot'>, state: AppState): Promise<Blob> {
  const { canvas, pixelRatio, attribution } = await controller.snapshot();
  const legend = LEGEND_GROUPS.flatMap((group) => group.items)
    .filter((item) => !state.hidden.includes(item.id))
    .map((item) => ({ label: t(state.lang, item.labelKey), colour: item.swatch.colour }));
  return composeMapImage({ map: canvas, pixelRatio, title: t(state.lang, 'App.title'), legend, attribution });
}
