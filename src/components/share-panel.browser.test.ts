import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { DEFAULT_STATE, type AppState } from '../app/app-state';
import { shareLinks } from '../app/share-links';
import type { Lang } from '../i18n/translate';
import { failOnUncaughtErrors, mount, recordEvents, text, unmountAll } from '../testing/dom';
import { deepActiveElement } from '../util/deep-active-element';
import type { SharePanel } from './share-panel';
import './share-panel';

failOnUncaughtErrors();
afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

const STATE: AppState = {
  ...DEFAULT_STATE,
  lang: 'en',
  hidden: ['pillars', 'belts'],
  selected: 'park-digital-information',
  view: { center: [121.112, 31.21592], zoom: 12.5, bearing: 0, pitch: 0 },
};
const PAGE = 'https://example.org/qingpu/';

/** What the panel shows, as a reader and a screen reader get it. */
const WORDS = {
  zh: {
    title: '分享此视图',
    hint: '链接会按您现在看到的样子打开地图：语言、图层、所选要素和视图。',
    fields: ['链接', '用 iframe 嵌入', '用 Web 组件嵌入'],
    copy: ['复制链接', '复制 iframe 代码', '复制 Web 组件代码'],
    copied: ['链接已复制。', 'iframe 代码已复制。', 'Web 组件代码已复制。'],
    failed: '浏览器不允许复制。文字已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。',
    close: '关闭分享',
  },
  en: {
    title: 'Share this view',
    hint: 'The link opens the map as you see it now: language, layers, selected feature and view.',
    fields: ['Link', 'Embed with an iframe', 'Embed as a web component'],
    copy: ['Copy link', 'Copy iframe code', 'Copy web component code'],
    copied: ['Link copied.', 'iframe code copied.', 'Web component code copied.'],
    failed: 'The browser did not allow copying. The text is selected: copy it with Ctrl+C (⌘C on a Mac).',
    close: 'Close sharing',
  },
} as const;

async function openPanel(lang: Lang, state: AppState = { ...STATE, lang }) {
  const panel = await mount('share-panel', { texts: shareLinks(state, PAGE), lang });
  await expect.element(page.getByRole('dialog', { name: WORDS[lang].title })).toBeVisible();
  return panel;
}
const field = (label: string) => page.getByRole('textbox', { name: label, exact: true }).element() as HTMLTextAreaElement;
const status = (panel: SharePanel) => text(panel.shadowRoot!.querySelector('[role="status"]'));

describe('<share-panel>', () => {
  for (const lang of ['zh', 'en'] as const) {
    const words = WORDS[lang];
    it(`${lang}: titles, labels and copy buttons in ${lang}, read-only fields holding the state`, async () => {
      const panel = await openPanel(lang);
      expect(text(panel.shadowRoot!.querySelector('p'))).toBe(words.hint);
      for (const label of words.fields) expect(field(label).readOnly, label).toBe(true);
      for (const name of words.copy) await expect.element(page.getByRole('button', { name, exact: true })).toBeVisible();
      await expect.element(page.getByRole('button', { name: words.close, exact: true })).toBeVisible();

      const [link, iframe, component] = words.fields.map((label) => field(label).value);
      // Chinese is the default language: a link without `lang` opens in it.
      const query = `${lang === 'en' ? 'lang=en&' : ''}sel=park-digital-information&view=121.11200,31.21592,12.50&hide=pillars,belts`;
      expect(link).toBe(`${PAGE}?${query}`);
      const title = lang === 'en' ? 'Yangtze River Delta Digital Trunk Line · Qingpu' : '长三角数字干线 · 青浦';
      expect(iframe).toBe(
        `<iframe src="${PAGE}?embed=1&amp;${query.replaceAll('&', '&amp;')}" title="${title}" width="800" height="600" loading="lazy" allowfullscreen></iframe>`,
      );
      expect(component).toContain('<script type="module" src="https://example.org/qingpu/embed/trunk-map.js"></script>');
      expect(component).toContain(`<trunk-map lang="${lang}" selected="park-digital-information"`);
      expect(component).toContain('view="121.11200,31.21592,12.50"');
      expect(component).toMatch(/layers="[^"]*"/);
      for (const hidden of ['belts', 'pillars']) expect(component.match(/layers="([^"]*)"/)![1].split(',')).not.toContain(hidden);
    });

    it(`${lang}: each Copy button puts its text on the clipboard and says so`, async () => {
      const written: string[] = [];
      vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (value) => void written.push(value));
      const panel = await openPanel(lang);
      for (const [i, name] of words.copy.entries()) {
        await userEvent.click(page.getByRole('button', { name, exact: true }));
        await expect.poll(() => status(panel)).toBe(words.copied[i]);
        expect(written.at(-1)).toBe(field(words.fields[i]).value);
      }
      expect(written).toHaveLength(3);
      expect(panel.shadowRoot!.querySelector('[role="status"]')!.getAttribute('aria-live')).toBe('polite');
    });

    it(`${lang}: says clearly when the clipboard is refused, and selects the text to copy by hand`, async () => {
      vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
      const panel = await openPanel(lang);
      await userEvent.click(page.getByRole('button', { name: words.copy[1], exact: true }));
      await expect.poll(() => status(panel)).toBe(words.failed);
      const iframe = field(words.fields[1]);
      expect(deepActiveElement()).toBe(iframe);
      expect(iframe.value.slice(iframe.selectionStart, iframe.selectionEnd)).toBe(iframe.value);
    });
  }

  it('links to the opening view, in Chinese, when nothing is changed', async () => {
    await openPanel('zh', DEFAULT_STATE);
    expect(field('链接').value).toBe(PAGE);
    expect(field('用 Web 组件嵌入').value.split('\n')[1]).toBe('<trunk-map lang="zh"></trunk-map>');
  });

  it('focusTitle() moves focus to the title; Esc and the close button fire panel-closed', async () => {
    const panel = await openPanel('en');
    panel.focusTitle();
    expect(deepActiveElement()?.id).toBe('share-title');
    expect(text(deepActiveElement())).toBe('Share this view');

    const closed = recordEvents(document, 'panel-closed');
    await userEvent.keyboard('{Escape}');
    await userEvent.click(page.getByRole('button', { name: 'Close sharing', exact: true }));
    closed.stop();
    expect(closed.events).toEqual([
      { detail: null, bubbles: true, composed: true },
      { detail: null, bubbles: true, composed: true },
    ]);
  });

  it('can be used from the keyboard alone: Tab reaches every field and button in order', async () => {
    const panel = await openPanel('en');
    panel.focusTitle();
    const reached: string[] = [];
    for (let i = 0; i < 7; i++) {
      await userEvent.keyboard('{Tab}');
      const el = deepActiveElement()!;
      reached.push(el.tagName === 'TEXTAREA' ? `field ${el.id}` : (el.getAttribute('aria-label') ?? text(el)));
    }
    expect(reached).toEqual([
      'Close sharing',
      'field share-link',
      'Copy link',
      'field share-iframe',
      'Copy iframe code',
      'field share-component',
      'Copy web component code',
    ]);
  });

  it('follows a change of language, status included', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const panel = await openPanel('zh');
    await userEvent.click(page.getByRole('button', { name: '复制链接', exact: true }));
    await expect.poll(() => status(panel)).toBe('链接已复制。');
    panel.lang = 'en';
    await panel.updateComplete;
    expect(status(panel)).toBe('Link copied.');
    await expect.element(page.getByRole('dialog', { name: 'Share this view' })).toBeVisible();
  });

  it('uses no style attributes (strict CSP)', async () => {
    const panel = await openPanel('en');
    expect(panel.shadowRoot!.querySelectorAll('[style]')).toHaveLength(0);
    expect(panel.hasAttribute('style')).toBe(false);
  });
});
