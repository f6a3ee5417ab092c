import { set } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import { KeptPlanImage } from '../map/kept-plan-image';
import { failOnUncaughtErrors, mount, text, unmountAll } from '../testing/dom';
import { PlanImageDrawingStandIn, png } from '../testing/plan-image-drawing';
import type { PlanImageControl } from './plan-image-control';
import './plan-image-control';

failOnUncaughtErrors();
afterEach(unmountAll);

async function choose(control: PlanImageControl, file: File) {
  const input = control.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const files = new DataTransfer();
  files.items.add(file);
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
}

let keys = 0;

/** The control on a plan image kept under a key of its own, restored as the map restores it. */
async function openControl(lang: 'zh' | 'en', kept?: unknown) {
  const key = `component-test-plan-image-${Date.now()}-${++keys}`;
  if (kept !== undefined) await set(key, kept);
  const surface = new PlanImageDrawingStandIn();
  const image = new KeptPlanImage(surface, key);
  await image.restore();
  const control = await mount('plan-image-control', { lang, surface: Promise.resolve(image) });
  return { control, surface };
}
const part = (control: PlanImageControl, selector: string) => text(control.shadowRoot!.querySelector(selector));

describe('<plan-image-control>', () => {
  it('en: shows a chosen PNG, its corners in degrees and its opacity in %, and fades it with the slider', async () => {
    const { control, surface } = await openControl('en');
    await choose(control, await png(40, 30));
    await expect.poll(() => control.shadowRoot!.querySelectorAll('fieldset').length).toBe(4);
    expect(surface.shown).toEqual([{ width: 40, height: 30, corners: undefined }]);
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

  it('says in the visitor’s language that a kept image could not be shown and where it was set aside, and offers to choose it again', async () => {
    for (const [lang, message] of [
      ['en', /^The plan image kept in this browser could not be shown; it is set aside as “component-test-plan-image-[^”]+:unreadable:[^”]+”\. Choose the image again to lay it over the map\.$/],
      ['zh', /^本浏览器中保存的规划图无法显示，已另存为“component-test-plan-image-[^”]+:unreadable:[^”]+”。请重新选择图片叠加到地图上。$/],
    ] as const) {
      const { control, surface } = await openControl(lang, { format: 'trunk-map-plan-image/1', bytes: 'data:image/png;base64,AAAA' });
      await expect.poll(() => part(control, '[role="alert"]')).toMatch(message);
      expect(surface.shown).toEqual([]);
      expect(control.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!.disabled).toBe(false);
    }
  });

  it('says in the visitor’s language when the browser will not keep the image, and still shows it', async () => {
    const put = IDBObjectStore.prototype.put;
    // The browser refusing to store, as when its storage is full.
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      for (const [lang, message] of [
        ['en', 'The plan image could not be kept in this browser (The quota has been exceeded.): it stays on the map until the page is closed.'],
        ['zh', '规划图无法保存在本浏览器中（The quota has been exceeded.），关闭页面前仍显示在地图上。'],
      ] as const) {
        const { control, surface } = await openControl(lang);
        await choose(control, await png(8, 8));
        await expect.poll(() => part(control, '.not-kept')).toBe(message);
        expect(surface.shown).toHaveLength(1);
        expect(control.shadowRoot!.querySelectorAll('fieldset')).toHaveLength(4);
      }
    } finally {
      IDBObjectStore.prototype.put = put;
    }
  });
});
