import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PANEL_IDS } from '../../src/app/app-state';
import { EN } from '../../src/i18n/en';
import { ZH } from '../../src/i18n/zh';
import { focusedElement, openMap, useSite } from './harness';

const site = useSite();

const PHONE = { width: 360, height: 640 };
/** The most of a 640 px phone screen the header may take while its menu is closed: the rest is map. */
const MAX_PHONE_HEADER_PX = 120;
const WORDS = { zh: ZH, en: EN } as const;

const header = (page: Page) => page.locator('app-shell header');
const menuToggle = (page: Page) => page.locator('app-shell .menu-toggle');
const headerHeight = async (page: Page) => (await header(page).boundingBox())!.height;
const openPanel = (page: Page) => page.evaluate(() => window.mapShell().store.state.panel);

/** What Tab should reach: the menu button, or the button of a panel. */
type Stop = { menu: true } | { panel: string };

/** Presses Tab until focus is on `stop`, at most `limit` times; whether it got there. */
async function tabTo(page: Page, stop: Stop, limit = 20): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate((stop) => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (!(active instanceof HTMLElement)) return false;
      return 'menu' in stop ? active.classList.contains('menu-toggle') : active.classList.contains('panel-toggle') && active.dataset.panel === stop.panel;
    }, stop);
    if (found) return true;
  }
  return false;
}

describe('the header on a phone (360×640)', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: leaves the map the screen, its menu named, disclosing Layers and every panel button, Esc closing it`, async () => {
      const { page } = await openMap(site.browser, `${site.url}?lang=${lang}`, { viewport: PHONE, shared: true });
      const words = WORDS[lang];
      expect(await headerHeight(page)).toBeLessThanOrEqual(MAX_PHONE_HEADER_PX);
      // Title, search and language stay in view; the panel buttons wait in the menu.
      expect(await header(page).locator('h1').innerText()).toBe(words['App.title']);
      expect(await header(page).getByRole('combobox', { name: words['Search.label'] }).isVisible()).toBe(true);
      expect(await header(page).getByRole('button', { name: 'English', exact: true }).isVisible()).toBe(true);
      const menu = header(page).getByRole('button', { name: words['App.menu'], exact: true });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('app-shell .panel-toggle').first().isVisible()).toBe(false);

      // By keyboard: Tab reaches the menu after the map and its controls, Enter opens it, Esc closes it and leaves focus on it.
      expect(await tabTo(page, { menu: true })).toBe(true);
      await page.keyboard.press('Enter');
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      const controlled = await menu.getAttribute('aria-controls');
      expect(await page.locator(`app-shell #${controlled}`).getAttribute('aria-label')).toBe(words['App.panels']);
      expect(await header(page).getByRole('button', { name: words['Legend.title'], exact: true }).isVisible()).toBe(true);
      const shown = await page.locator('app-shell .panel-toggle').evaluateAll((buttons) => buttons.filter((b) => (b as HTMLElement).checkVisibility()).map((b) => (b as HTMLElement).dataset.panel));
      expect(shown).toEqual([...PANEL_IDS]);
      expect(await header(page).getByRole('button', { name: words['Targets.open'], exact: true }).isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await focusedElement(page)).toMatchObject({ tag: 'BUTTON', className: 'menu-toggle' });
      expect(await headerHeight(page)).toBeLessThanOrEqual(MAX_PHONE_HEADER_PX);
    });
  }

  it('opens every panel from the menu by keyboard alone, and Esc brings focus back to the menu', { timeout: 180_000 }, async () => {
    const { page } = await openMap(site.browser, `${site.url}?lang=en`, { viewport: PHONE, shared: true });
    expect(await tabTo(page, { menu: true })).toBe(true);
    for (const id of PANEL_IDS) {
      await page.keyboard.press('Enter');
      await expect.poll(() => menuToggle(page).getAttribute('aria-expanded'), { message: id }).toBe('true');
      expect(await tabTo(page, { panel: id }), `${id}: its button reached by Tab`).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => openPanel(page), { message: id }).toBe(id);
      await expect.poll(() => page.locator('app-shell .panel-slot > *').isVisible(), { message: id }).toBe(true);
      // The menu closed behind the panel.
      expect(await menuToggle(page).getAttribute('aria-expanded'), id).toBe('false');
      // Focus went into the panel, so that its Esc closes it.
      await expect.poll(() => focusedElement(page).then((el) => /menu-toggle|panel-toggle/.test(el?.className ?? '')), { message: id }).toBe(false);
      await page.keyboard.press('Escape');
      await expect.poll(() => openPanel(page), { message: id }).toBeNull();
      expect(await focusedElement(page), id).toMatchObject({ tag: 'BUTTON', className: 'menu-toggle' });
    }
  });
});
