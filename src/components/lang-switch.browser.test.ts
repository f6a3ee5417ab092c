import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Lang } from '../i18n/translate';
import { failOnUncaughtErrors, mount, recordEvents, unmountAll } from '../testing/dom';
import './lang-switch';

failOnUncaughtErrors();
afterEach(unmountAll);

const GROUP_LABEL: Record<Lang, string> = { zh: '语言', en: 'Language' };

describe('<lang-switch>', () => {
  for (const [current, other] of [
    ['zh', 'en'],
    ['en', 'zh'],
  ] as const) {
    describe(`showing ${current}`, () => {
      it('labels the group in the current language and names each button in its own language', async () => {
        const element = await mount('lang-switch', { lang: current });
        await expect.element(page.getByRole('group', { name: GROUP_LABEL[current] })).toBeVisible();
        const zh = page.getByRole('button', { name: '中文', exact: true });
        const en = page.getByRole('button', { name: 'English', exact: true });
        await expect.element(zh).toHaveAttribute('lang', 'zh-CN');
        await expect.element(en).toHaveAttribute('lang', 'en');
        expect(element.shadowRoot!.querySelectorAll('button')).toHaveLength(2);
      });

      it('marks only the current language as pressed', async () => {
        await mount('lang-switch', { lang: current });
        const name = (lang: Lang) => (lang === 'zh' ? '中文' : 'English');
        await expect.element(page.getByRole('button', { name: name(current) })).toHaveAttribute('aria-pressed', 'true');
        await expect.element(page.getByRole('button', { name: name(other) })).toHaveAttribute('aria-pressed', 'false');
      });

      it(`fires language-changed with {lang: '${other}'} once when the other language is clicked`, async () => {
        await mount('lang-switch', { lang: current });
        const recorded = recordEvents<{ lang: Lang }>(document, 'language-changed');
        await userEvent.click(page.getByRole('button', { name: other === 'zh' ? '中文' : 'English' }));
        recorded.stop();
        expect(recorded.events).toEqual([{ detail: { lang: other }, bubbles: true, composed: true }]);
      });

      it('fires nothing when the current language is clicked', async () => {
        await mount('lang-switch', { lang: current });
        const recorded = recordEvents(document, 'language-changed');
        await userEvent.click(page.getByRole('button', { name: current === 'zh' ? '中文' : 'English' }));
        recorded.stop();
        expect(recorded.events).toEqual([]);
      });
    });
  }

  it('moves the pressed state and the group label when its language changes', async () => {
    const element = await mount('lang-switch', { lang: 'zh' });
    element.lang = 'en';
    await element.updateComplete;
    await expect.element(page.getByRole('group', { name: 'Language' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expect.element(page.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('can be operated from the keyboard', async () => {
    await mount('lang-switch', { lang: 'zh' });
    const recorded = recordEvents<{ lang: Lang }>(document, 'language-changed');
    const english = page.getByRole('button', { name: 'English' }).element() as HTMLButtonElement;
    english.focus();
    await userEvent.keyboard('{Enter}');
    recorded.stop();
    expect(recorded.events.map((e) => e.detail)).toEqual([{ lang: 'en' }]);
  });
});
