import { centroid } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { REGION_ITEMS } from '../../src/region/region-items';
import { drawnFeatureById } from './geo-fixtures';
import { expectNoSeriousAxeViolations } from './axe';
import { drawnFeatures, openMap, screenPoint, useSite, waitForIdle } from './harness';

const site = useSite();
const CJK = /[\u3400-\u9fff]/u;

describe('the regional view', () => {
  for (const [lang, button, partner, fact] of [
    ['zh', '区域', '巢湖经济开发区', '签署全面战略合作'],
    ['en', 'Region', 'Chaohu Economic Development Zone', 'comprehensive strategic cooperation'],
  ] as const) {
    it(`${lang}: the ${button} button zooms out to the delta, where every listed place is drawn, each with its fact and source`, async () => {
      const { page } = await openMap(site.browser, `${site.url}?lang=${lang}`, { shared: true });
      await page.getByRole('button', { name: button, exact: true }).click();
      const panel = page.locator('region-panel');
      await expect.poll(() => panel.locator('li p').count()).toBeGreaterThanOrEqual(REGION_ITEMS.length);
      await page.waitForFunction(() => !window.mapShell().controller!.map.isMoving());
      await waitForIdle(page);
      const drawn = new Set((await drawnFeatures(page)).map((d) => d.id));
      // In view where the visitor can see it: on the map, beside the legend and the open panel, not under them.
      const covers = [(await page.locator('app-shell header.panel').boundingBox())!, (await panel.boundingBox())!];
      const viewport = page.viewportSize()!;
      for (const { featureId } of REGION_ITEMS) {
        const [lng, lat] = centroid(drawnFeatureById(featureId)).geometry.coordinates as [number, number];
        const { x, y } = await screenPoint(page, [lng, lat]);
        expect(x >= 0 && x <= viewport.width && y >= 0 && y <= viewport.height, `${featureId} at ${x},${y} on screen`).toBe(true);
        for (const box of covers) {
          expect(x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height, `${featureId} at ${x},${y} under ${JSON.stringify(box)}`).toBe(false);
        }
        expect(drawn.has(featureId), `${featureId} drawn`).toBe(true);
      }
      const text = await panel.locator('section').innerText();
      expect(text).toContain(partner);
      expect(text).toContain(fact);
      expect(text).toContain('003 ¶1');
      if (lang === 'en') expect(text.replace(/\d{3} (¶\d+|§\S+)/g, '')).not.toMatch(CJK);

      await panel.getByRole('button', { name: partner, exact: true }).click();
      await expect.poll(() => page.evaluate(() => window.mapShell().store.state.selected)).toBe('poi-chaohu-edz');
      expect(new URL(page.url()).searchParams.get('panel')).toBe('region');
    });
  }

  for (const [lang, viewport] of [
    ['zh', { width: 1280, height: 800 }],
    ['en', { width: 360, height: 640 }],
  ] as const) {
    it(`${lang} at ${viewport.width}×${viewport.height}: axe-core finds no serious violation with the regional view open`, async () => {
      const { page } = await openMap(site.browser, `${site.url}?lang=${lang}&panel=region`, { viewport, shared: true });
      // Opened by the link, the panel lists its places once the data and seeds/ have loaded.
      await expect.poll(() => page.locator('region-panel li p').count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(REGION_ITEMS.length);
      await waitForIdle(page);
      await expectNoSeriousAxeViolations(page);
    });
  }
});
