import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Lang } from '../i18n/translate';
import { failOnUncaughtErrors, mount, recordEvents, text, unmountAll } from '../testing/dom';
import { loadRealIndex } from '../testing/real-data';
import { deepActiveElement } from '../util/deep-active-element';
import type { SearchBox } from './search-box';
import './search-box';

failOnUncaughtErrors();
afterEach(unmountAll);

/** Han ideographs, CJK punctuation and full-width forms. */
const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
const LABEL = { zh: '搜索', en: 'Search' } as const;

async function openSearch(lang: Lang) {
  const box = await mount('search-box', { lang, index: await loadRealIndex() });
  const input = page.getByRole('combobox', { name: LABEL[lang] });
  await userEvent.click(input);
  return { box, input: input.element() as HTMLInputElement };
}
const root = (box: SearchBox) => box.shadowRoot!;
const options = (box: SearchBox) => [...root(box).querySelectorAll('[role="option"]')] as HTMLElement[];
const status = (box: SearchBox) => text(root(box).querySelector('[role="status"]'));

/** Types into the focused field and waits until the results for that text show. */
async function type(box: SearchBox, query: string) {
  await userEvent.keyboard(query);
  await expect.poll(() => status(box)).toMatch(/\d+ (results?|条结果)|无结果|No results/);
}

describe('<search-box>', () => {
  it('is a labelled combobox controlling a listbox, collapsed until something is typed', async () => {
    const { box, input } = await openSearch('zh');
    expect(input.type).toBe('search');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    const listbox = root(box).getElementById(input.getAttribute('aria-controls')!)!;
    expect(listbox.getAttribute('role')).toBe('listbox');
    expect(listbox.getAttribute('aria-label')).toBe('搜索结果');
    expect(listbox.hidden).toBe(true);
  });

  it('zh: initials find 朱家角, names and kinds in Chinese, the count announced politely', async () => {
    const { box, input } = await openSearch('zh');
    await type(box, 'zjj');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const shown = options(box).map((option) => text(option));
    expect(shown.slice(0, 4).sort()).toEqual(
      ['朱家角镇 镇街', '朱家角 轨道交通 17 号线车站', '朱家角站（推定） 示范区线车站（示意）', '朱家角绿色数智创新园 基座园区'].sort(),
    );
    expect(status(box)).toBe(`${shown.length} 条结果`);
    expect(root(box).querySelector('[role="status"]')!.getAttribute('role')).toBe('status');
  });

  it('moves with ↑ and ↓, wrapping, and chooses with Enter: feature-chosen, list closed, focus kept', async () => {
    const { box, input } = await openSearch('zh');
    await type(box, 'xicen');
    const count = options(box).length;
    expect(count).toBeGreaterThan(2);
    await userEvent.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options(box)[0]!.id);
    expect(options(box)[0]!.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{ArrowUp}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options(box)[count - 1]!.id);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(options(box)[1]!.id);
    expect(options(box).filter((option) => option.getAttribute('aria-selected') === 'true')).toHaveLength(1);

    const chosenName = text(options(box)[1]!.querySelector('.name'));
    expect(chosenName).toContain('西岑');
    const chosen = recordEvents<{ featureId: string }>(document, 'feature-chosen');
    await userEvent.keyboard('{Enter}');
    expect(chosen.events).toHaveLength(1);
    expect(chosen.events[0]).toMatchObject({ bubbles: true, composed: true });
    const index = await loadRealIndex();
    expect(index.get(chosen.events[0]!.detail.featureId)?.properties.name_zh).toBe(chosenName);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(deepActiveElement()).toBe(input);
  });

  it('chooses a result with the mouse, focus staying in the field', async () => {
    const { box, input } = await openSearch('en');
    await type(box, 'zjj');
    const chosen = recordEvents<{ featureId: string }>(document, 'feature-chosen');
    const town = options(box).find((option) => text(option.querySelector('.name')) === 'Zhujiajiao Town')!;
    await userEvent.click(town);
    expect(chosen.events.map((event) => event.detail.featureId)).toEqual(['town-zhujiajiao']);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(deepActiveElement()).toBe(input);
  });

  it('closes with Esc, then clears, marking each Esc handled; an Esc with nothing to do passes on', async () => {
    const { box, input } = await openSearch('zh');
    await type(box, '数字');
    const handled: boolean[] = [];
    const listener = (event: KeyboardEvent) => event.key === 'Escape' && handled.push(event.defaultPrevented);
    document.addEventListener('keydown', listener);
    await userEvent.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('数字');
    await userEvent.keyboard('{Escape}');
    expect(input.value).toBe('');
    await userEvent.keyboard('{Escape}');
    document.removeEventListener('keydown', listener);
    expect(handled).toEqual([true, true, false]);
    expect(deepActiveElement()).toBe(input);
  });

  it('en: typos find the Digital Information Industrial Park; nothing Chinese shows outside names the plan gives only in Chinese', async () => {
    const { box, input } = await openSearch('en');
    expect(input.placeholder).toBe('Search places, firms, programmes');
    await type(box, 'digtal informaton');
    const first = options(box)[0]!;
    expect(text(first)).toBe('Digital Information Industrial Park Base park');
    expect(status(box)).toMatch(/^\d+ results?$/);
    await userEvent.keyboard('{Escape}{Escape}');
    await type(box, 'hua');
    const partner = options(box).find((option) => text(option).includes('华为技术有限公司'))!;
    expect(partner.querySelector('.name')!.getAttribute('lang')).toBe('zh-CN');
    expect(text(partner.querySelector('.kind'))).toBe('Digital Trunk partner (first batch) · in Xicen Science and Innovation Centre');
    for (const option of options(box)) {
      const clone = option.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[lang="zh-CN"]').forEach((zh) => zh.remove());
      expect(clone.textContent, text(option)).not.toMatch(CJK);
    }
  });

  it('lists a programme with its plan section, not choosable since the map does not draw it', async () => {
    const { box } = await openSearch('en');
    await type(box, 'lighthous');
    const programme = options(box)[0]!;
    expect(text(programme)).toBe('Lighthouse 100 Plan Programme · not on the map; plan section §四(二)1');
    expect(programme.getAttribute('aria-disabled')).toBe('true');
    const chosen = recordEvents(document, 'feature-chosen');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    programme.click();
    expect(chosen.events).toEqual([]);
  });

  it('shows hostile text as typed, matching nothing and running nothing', async () => {
    const { box, input } = await openSearch('en');
    await userEvent.keyboard('<img src=x onerror=alert(1)>');
    expect(input.value).toBe('<img src=x onerror=alert(1)>');
    expect(root(box).querySelector('img')).toBeNull();
    expect(box.querySelector('img')).toBeNull();
  });
});
