import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TOUR_STEPS } from '../../src/tour/tour-steps';
import { expectNoSeriousAxeViolations } from './axe';
import { openHeaderMenu, openMap, useSite, viewBounds, waitForIdle } from './harness';
import { centroid } from '@turf/turf';
import { drawnFeatureById } from './geo-fixtures';

const site = useSite();

const state = (page: Page) => page.evaluate(() => window.mapShell().store.state);
const liveText = (page: Page) => page.locator('story-tour [aria-live="polite"]').innerText();
/** Whether a point is inside the map's current view. */
const inView = async (page: Page, [lng, lat]: [number, number]) => {
  const [west, south, east, north] = await viewBounds(page);
  return lng >= west && lng <= east && lat >= south && lat <= north;
};

describe('the story tour', () => {
  for (const [lang, open, next, previous] of [
    ['zh', '导览', '下一步 →', '← 上一步'],
    ['en', 'Tour', 'Next →', '← Previous'],
  ] as const) {
    it(`${lang}: steps forward and back from the Tour button, the map showing each step's feature, the link its step`, async () => {
      const { page } = await openMap(site.browser, `${site.url}?lang=${lang}`, { shared: true });
      await page.getByRole('button', { name: open, exact: true }).click();
      await expect.poll(() => liveText(page)).toContain(TOUR_STEPS[0].title[lang]);
      // Focus starts in the tour, so its keys work at once.
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => liveText(page)).toContain(TOUR_STEPS[1].title[lang]);
      await page.getByRole('button', { name: next, exact: true }).click();
      await expect.poll(() => liveText(page)).toContain(TOUR_STEPS[2].title[lang]);
      await waitForIdle(page);
      expect(await state(page)).toMatchObject({ panel: 'tour', tourStep: 2, selected: TOUR_STEPS[2].featureId });
      expect(await inView(page, centroid(drawnFeatureById(TOUR_STEPS[2].featureId)).geometry.coordinates as [number, number])).toBe(true);
      expect(new URL(page.url()).searchParams.get('step')).toBe('3');

      await page.getByRole('button', { name: previous, exact: true }).click();
      await expect.poll(() => liveText(page)).toContain(TOUR_STEPS[1].title[lang]);
      await waitForIdle(page);
      expect(await state(page)).toMatchObject({ tourStep: 1, selected: TOUR_STEPS[1].featureId });
      // The tour speaks the chosen language only.
      expect(await liveText(page)).not.toContain(TOUR_STEPS[1].title[lang === 'zh' ? 'en' : 'zh']);
    });
  }

  it('a link to a step opens the tour there; Esc leaves it and the step’s card shows', async () => {
    const last = TOUR_STEPS.length - 1;
    const { page } = await openMap(site.browser, `${site.url}?lang=en&panel=tour&step=${last + 1}`, { shared: true });
    await expect.poll(() => liveText(page)).toContain(`Step ${last + 1} of ${TOUR_STEPS.length}`);
    await expect.poll(async () => (await state(page)).selected).toBe(TOUR_STEPS[last].featureId);
    expect(await page.locator('feature-card').count()).toBe(0);
    await page.locator('story-tour h2').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('story-tour').count()).toBe(0);
    await expect.poll(() => page.locator('feature-card [data-feature]').getAttribute('data-feature')).toBe(TOUR_STEPS[last].featureId);
    expect(await state(page)).toMatchObject({ panel: null, selected: TOUR_STEPS[last].featureId });
  });

  it('works on a phone as a bottom sheet', async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en`, { viewport: { width: 360, height: 640 }, shared: true });
    await openHeaderMenu(page);
    await page.getByRole('button', { name: 'Tour', exact: true }).click();
    const sheet = page.locator('story-tour section');
    await expect.poll(() => sheet.isVisible()).toBe(true);
    const box = (await sheet.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(box.y + box.height).toBeLessThanOrEqual(640);
    await page.getByRole('button', { name: 'Next →', exact: true }).click();
    await expect.poll(() => liveText(page)).toContain(TOUR_STEPS[1].title.en);
  });

  for (const [lang, viewport] of [
    ['zh', { width: 1280, height: 800 }],
    ['en', { width: 1280, height: 800 }],
    ['en', { width: 360, height: 640 }],
  ] as const) {
    it(`${lang} at ${viewport.width}×${viewport.height}: axe-core finds no serious violation with the tour open`, async () => {
      const { page } = await openMap(site.browser, `${site.url}?lang=${lang}&panel=tour&step=3`, { viewport, shared: true });
      await expect.poll(() => liveText(page)).toContain(TOUR_STEPS[2].title[lang]);
      await waitForIdle(page);
      await expectNoSeriousAxeViolations(page);
    });
  }
});
