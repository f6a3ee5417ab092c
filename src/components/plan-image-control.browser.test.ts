import { afterEach, describe, expect, it } from 'vitest';
import type { Corners, PlanImageSurface } from '../data/plan-image.types';
import { failOnUncaughtErrors, mount, text, unmountAll } from '../testing/dom';
import type { PlanImageControl } from './plan-image-control';
import './plan-image-control';

failOnUncaughtErrors();
afterEach(unmountAll);

const BOX: Corners = [[121.1, 31.2], [121.2, 31.2], [121.2, 31.1], [121.1, 31.1]];

/** The map's plan image layer as the control works it: records what it is told. */
class PlanImageStandIn implements PlanImageSurface {
  opacity = 0.6;
  shown: { width: number; height: number }[] = [];
  placed: Corners[] = [];
  private current: Corners | null = null;
  show(image: ImageBitmap) {
    this.shown.push({ width: image.width, height: image.height });
    this.current = structuredClone(BOX);
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
  onCornersChanged() {
    return () => undefined;
  }
}

async function png(width: number, height: number): Promise<File> {
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')!.fillRect(0, 0, width, height);
  return new File([await canvas.convertToBlob({ type: 'image/png' })], 'plan.png', { type: 'image/png' });
}

async function choose(control: PlanImageControl, file: File) {
  const input = control.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const files = new DataTransfer();
  files.items.add(file);
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
}

async function openControl(lang: 'zh' | 'en') {
  const surface = new PlanImageStandIn();
  const control = await mount('plan-image-control', { lang, surface: Promise.resolve(surface) });
  return { control, surface };
}
const part = (control: PlanImageControl, selector: string) => text(control.shadowRoot!.querySelector(selector));

describe('<plan-image-control>', () => {
  it('en: shows a chosen PNG, its corners in degrees and its opacity in %, and fades it with the slider', async () => {
    const { control, surface } = await openControl('en');
    await choose(control, await png(40, 30));
    await expect.poll(() => control.shadowRoot!.querySelectorAll('fieldset').length).toBe(4);
    expect(surface.shown).toEqual([{ width: 40, height: 30 }]);
    expect([...control.shadowRoot!.querySelectorAll('legend')].map(text)).toEqual(['Top left corner', 'Top right corner', 'Bottom right corner', 'Bottom left corner']);
    expect(control.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-corner="1"] input[data-axis="0"]')!.value).toBe('121.200000');
    expect(part(control, 'output')).toBe('60 %');
    const slider = control.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
    slider.value = '25';
    slider.dispatchEvent(new Event('input'));
    await control.updateComplete;
    expect(surface.opacity).toBe(0.25);
    expect(part(control, 'output')).toBe('25 %');
  });

  it('moves a corner to a typed longitude, and puts back one that is not a longitude', async () => {
    const { control, surface } = await openControl('en');
    await choose(control, await png(8, 8));
    await expect.poll(() => control.shadowRoot!.querySelectorAll('fieldset').length).toBe(4);
    const lon = control.shadowRoot!.querySelector<HTMLInputElement>('fieldset[data-corner="2"] input[data-axis="0"]')!;
    lon.value = '121.25';
    lon.dispatchEvent(new Event('change'));
    expect(surface.placed.at(-1)![2]).toEqual([121.25, 31.1]);
    lon.value = '400';
    lon.dispatchEvent(new Event('change'));
    expect(surface.placed).toHaveLength(1);
    expect(lon.value).toBe('121.250000');
  });

  it('says in the visitor’s language when a file is not a PNG or JPEG image, and shows nothing', async () => {
    for (const [lang, message] of [
      ['en', 'notes.txt could not be read as a PNG or JPEG image. Save it again as PNG or JPEG.'],
      ['zh', '无法将 notes.txt 读取为 PNG 或 JPEG 图片。请另存为 PNG 或 JPEG。'],
    ] as const) {
      const { control, surface } = await openControl(lang);
      await choose(control, new File(['not an image'], 'notes.txt', { type: 'text/plain' }));
      await expect.poll(() => part(control, '[role="alert"]')).toBe(message);
      expect(surface.shown).toEqual([]);
      expect(control.shadowRoot!.querySelectorAll('fieldset')).toHaveLength(0);
    }
  });
});
