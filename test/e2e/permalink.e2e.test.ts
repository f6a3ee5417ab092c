import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { centreOf } from './geo-fixtures';
import { WIDE, openMap, renderedIds, screenPoint, waitForIdle, waitForMap, useSite } from './harness';

const site = useSite();

interface View {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

const viewOf = (page: Page) => page.evaluate(() => window.mapShell().controller!.getView()) as Promise<View>;
/** The feature whose card is open, or null. */
const cardFeature = (page: Page) =>
  page.evaluate(
    () =>
      window.mapShell().shadowRoot!.querySelector('feature-card')?.shadowRoot?.querySelector('section')?.dataset.feature ?? null,
  );
const checkbox = (page: Page, name: string) => page.getByRole('checkbox', { name, exact: true });
/** Whether the map highlights a feature as selected (the feature-state the style draws). */
const highlighted = (page: Page, source: string, id: string) =>
  page.evaluate(([s, i]) => window.mapShell().controller!.map.getFeatureState({ source: s, id: i }).selected === true, [source, id]);

/** Opens a feature's card from the legend, as a visitor does, and waits for the map to arrive. */
async function chooseInLegend(page: Page, itemId: string, featureId: string) {
  const details = page.locator(`layer-legend label[data-item="${itemId}"] + details`);
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  await page.locator(`layer-legend button[data-feature="${featureId}"]`).click();
  await expect.poll(() => cardFeature(page)).toBe(featureId);
  await waitForIdle(page);
}

type WithMoveEnd = Window & { moveEnded?: Promise<void> };
/** Starts waiting, in the page, for the map's next moveend: call before the action that moves it. */
const expectMoveEnd = (page: Page) =>
  page.evaluate(() => {
    const map = window.mapShell().controller!.map;
    (window as WithMoveEnd).moveEnded = new Promise<void>((resolve) => map.once('moveend', () => resolve()));
  });
const moveEnded = (page: Page) => page.evaluate(() => (window as WithMoveEnd).moveEnded);

/** Drags the map in the part no panel covers, then zooms in with the wheel, as a visitor does. */
async function moveMap(page: Page) {
  await expectMoveEnd(page);
  await page.mouse.move(640, 600);
  await page.mouse.down();
  await page.mouse.move(560, 540, { steps: 8 });
  await page.mouse.up();
  await moveEnded(page);
  await waitForIdle(page);
  await expectMoveEnd(page);
  await page.mouse.move(600, 560);
  await page.mouse.wheel(0, -240);
  await moveEnded(page);
  await waitForIdle(page);
}

/** Every element's markup, shadow roots included: what the page is made of now. */
const allMarkup = (page: Page) =>
  page.evaluate(() => {
    const parts: string[] = [document.documentElement.outerHTML];
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) {
          parts.push(element.shadowRoot.innerHTML);
          walk(element.shadowRoot);
        }
      }
    };
    walk(document);
    return parts.join('\n');
  });

describe('permalinks', () => {
  it('a link copied from the Share panel reopens language, layers, card and view in a fresh browser', async () => {
    const first = await openMap(site.browser, site.url, { viewport: WIDE });
    const { page } = first;
    await waitForIdle(page);

    await page.getByRole('button', { name: 'English' }).click();
    await checkbox(page, 'Show Belts').uncheck();
    await checkbox(page, 'Show Pillar areas').uncheck();
    await waitForIdle(page);
    // Precondition: the two items are gone from this map.
    expect(await renderedIds(page, 'pillars-fill')).toEqual([]);
    expect(await renderedIds(page, 'belts-band')).toEqual([]);
    await chooseInLegend(page, 'park-footprints', 'park-digital-information');
    await moveMap(page);
    const view = await viewOf(page);

    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await first.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect.poll(() => page.locator('share-panel [role="status"]').innerText()).toBe('Link copied.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(await page.getByRole('textbox', { name: 'Link', exact: true }).inputValue()).toBe(link);
    const params = new URL(link).searchParams;
    expect(params.get('lang')).toBe('en');
    expect(params.get('sel')).toBe('park-digital-information');
    expect(params.get('hide')).toBe('pillars,belts');
    expect(params.get('view')).toMatch(/^121\.\d+,31\.\d+,\d+\.\d\d$/);
    // The address bar also has the open panel; the shared link leaves it out.
    expect(params.get('panel')).toBeNull();
    const address = page.url();
    expect(new URL(address).searchParams.get('panel')).toBe('share');
    expect(first.errors).toEqual([]);
    await first.context.close();

    const reopened = await openMap(site.browser, link, { viewport: WIDE, until: waitForMap });
    const again = reopened.page;
    await expect.poll(() => cardFeature(again)).toBe('park-digital-information');
    expect(await again.locator('feature-card h2').innerText()).toBe('Digital Information Industrial Park');
    expect(await again.locator('app-shell h1').innerText()).toBe('Yangtze River Delta Digital Trunk Line · Qingpu');
    expect(await again.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await again.evaluate(() => window.mapShell().controller!.map.getLayoutProperty('labels-base-parks-area', 'text-field'))).toEqual(['get', 'name_en']);
    expect(await checkbox(again, 'Show Belts').isChecked()).toBe(false);
    expect(await checkbox(again, 'Show Pillar areas').isChecked()).toBe(false);
    expect(await checkbox(again, 'Show Parks with a planned area').isChecked()).toBe(true);
    await waitForIdle(again);
    expect(await renderedIds(again, 'pillars-fill')).toEqual([]);
    expect(await renderedIds(again, 'belts-band')).toEqual([]);
    expect(await renderedIds(again, 'base-parks-fill')).toContain('park-digital-information');
    expect(await highlighted(again, 'base-parks', 'park-digital-information')).toBe(true);
    expect(await again.locator('share-panel').count()).toBe(0);

    const shown = await viewOf(again);
    // Within the rounding of the link: a quarter of a pixel, 0.005 zoom, 0.05°.
    const pxPerDegree = (512 * 2 ** view.zoom) / 360;
    expect(Math.abs(shown.center[0] - view.center[0]) * pxPerDegree).toBeLessThan(0.3);
    expect(Math.abs(shown.center[1] - view.center[1]) * pxPerDegree).toBeLessThan(0.3);
    expect(Math.abs(shown.zoom - view.zoom)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(shown.bearing - view.bearing)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(shown.pitch - view.pitch)).toBeLessThanOrEqual(0.05);
    expect(reopened.errors).toEqual([]);
    await reopened.context.close();

    // The address bar's own URL reopens the Share panel too.
    const withPanel = await openMap(site.browser, address, { viewport: WIDE, until: waitForMap });
    await withPanel.page.getByRole('dialog', { name: 'Share this view' }).waitFor();
    expect(await withPanel.page.getByRole('textbox', { name: 'Link', exact: true }).inputValue()).toBe(link);
    expect(withPanel.errors).toEqual([]);
    await withPanel.context.close();
  });

  it('a link with a feature but no view opens on that feature, card open', async () => {
    const opened = await openMap(site.browser, `${site.url}?sel=line17-12-zhujiajiao`, { viewport: WIDE, until: waitForMap });
    const { page } = opened;
    await expect.poll(() => cardFeature(page)).toBe('line17-12-zhujiajiao');
    await waitForIdle(page);
    expect((await viewOf(page)).zoom).toBe(12);
    expect(await renderedIds(page, 'stations-line17')).toContain('line17-12-zhujiajiao');
    // In the part of the map that neither the legend nor the card covers.
    const { x, y } = await screenPoint(page, centreOf('trunk-stations.geojson', 'line17-12-zhujiajiao'));
    expect(x).toBeGreaterThan(380);
    expect(x).toBeLessThan(880);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(800);
    // The address now says where the map is.
    expect(new URL(page.url()).searchParams.get('view')).toMatch(/^121\.\d+,31\.\d+,12\.00$/);
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  });

  it('Back and Forward step through the features opened, card and highlight included', async () => {
    const opened = await openMap(site.browser, site.url, { viewport: WIDE });
    const { page } = opened;
    await waitForIdle(page);
    await chooseInLegend(page, 'park-footprints', 'park-digital-information');
    await chooseInLegend(page, 'line17', 'line17-09-qingpu-xincheng');
    expect(new URL(page.url()).searchParams.get('sel')).toBe('line17-09-qingpu-xincheng');

    const steps: [() => Promise<unknown>, string | null][] = [
      [() => page.goBack(), 'park-digital-information'],
      [() => page.goBack(), null],
      [() => page.goForward(), 'park-digital-information'],
      [() => page.goForward(), 'line17-09-qingpu-xincheng'],
    ];
    for (const [step, expected] of steps) {
      await step();
      await expect.poll(() => cardFeature(page)).toBe(expected);
      expect(new URL(page.url()).searchParams.get('sel')).toBe(expected);
      expect(await highlighted(page, 'base-parks', 'park-digital-information')).toBe(expected === 'park-digital-information');
      expect(await highlighted(page, 'trunk-stations', 'line17-09-qingpu-xincheng')).toBe(expected === 'line17-09-qingpu-xincheng');
    }
    expect(await page.locator('feature-card h2').innerText()).toBe('青浦新城');
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  });

  const HOSTILE = [
    '?sel=<img src=x onerror=alert(1)>&view=NaN,1e999&lang=__proto__&hide=<script>',
    '?sel=javascript:alert(1)&view=999,999,99&lang=<b>en</b>&hide=__proto__,constructor&basemap="><svg onload=alert(1)>&panel=<iframe>',
  ];
  for (const query of HOSTILE) {
    it(`a hostile link opens the normal map: ${query}`, async () => {
      const dialogs: string[] = [];
      const opened = await openMap(site.browser, `${site.url}${query}`, { viewport: WIDE,
        route: async (page) => void page.on('dialog', (dialog) => void dialogs.push(dialog.message())),
      });
      const { page } = opened;
      await waitForIdle(page);
      expect(await page.locator('app-shell h1').innerText()).toBe('长三角数字干线 · 青浦');
      expect(await renderedIds(page, 'stations-line17')).toHaveLength(14);
      expect(await renderedIds(page, 'pillars-fill')).toHaveLength(5);
      expect(await page.locator('feature-card').count()).toBe(0);
      expect(await page.locator('share-panel').count()).toBe(0);
      expect(await page.locator('layer-legend input[type="checkbox"]:not(:checked)').count()).toBe(0);
      const markup = await allMarkup(page);
      for (const payload of ['onerror', 'onload', 'alert(', '<script>', '<img', '<svg', '__proto__', 'javascript:']) {
        expect(markup, payload).not.toContain(payload);
      }
      expect(dialogs).toEqual([]);
      expect(opened.errors).toEqual([]);
      await opened.context.close();
    });
  }
});
