import { afterEach, describe, expect, it } from 'vitest';
import { ACCURACY_LEVELS, type Accuracy } from '../data/schemas/geo-feature.schema';
import type { Lang } from '../i18n/translate';
import { failOnUncaughtErrors, mount, text, unmountAll } from '../testing/dom';
import './accuracy-badge';

/** What a reader must see for each accuracy (zh.ts / en.ts). */
const EXPECTED: Record<Accuracy, Record<Lang, string>> = {
  surveyed: { zh: '实测', en: 'Surveyed' },
  approximate: { zh: '近似', en: 'Approximate' },
  indicative: { zh: '示意', en: 'Indicative' },
  schematic: { zh: '示意走向', en: 'Schematic' },
};

async function badge(accuracy: Accuracy, lang: Lang) {
  const element = await mount('accuracy-badge', { accuracy, lang });
  const span = element.shadowRoot!.querySelector('span')!;
  return { element, span, text: text(span), border: getComputedStyle(span) };
}

failOnUncaughtErrors();
afterEach(unmountAll);

describe('<accuracy-badge>', () => {
  it('covers every accuracy level the data uses', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACCURACY_LEVELS].sort());
  });

  for (const accuracy of ACCURACY_LEVELS) {
    for (const lang of ['zh', 'en'] as const) {
      it(`says "${EXPECTED[accuracy][lang]}" for ${accuracy} in ${lang}`, async () => {
        const { text } = await badge(accuracy, lang);
        expect(text).toBe(EXPECTED[accuracy][lang]);
      });
    }
  }

  it('never calls an estimate surveyed, in either language', async () => {
    for (const accuracy of ['approximate', 'indicative', 'schematic'] as const) {
      for (const lang of ['zh', 'en'] as const) {
        const { text } = await badge(accuracy, lang);
        expect(text).not.toMatch(/实测|surveyed/i);
      }
    }
  });

  it('draws the surveyed badge with a solid border and every other one dashed', async () => {
    const surveyed = await badge('surveyed', 'zh');
    for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
      expect(surveyed.border[`border${side}Style`]).toBe('solid');
    }
    for (const accuracy of ['approximate', 'indicative', 'schematic'] as const) {
      const { border } = await badge(accuracy, 'en');
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        expect(border[`border${side}Style`], `${accuracy} ${side}`).toBe('dashed');
      }
      expect(parseFloat(border.borderTopWidth)).toBeGreaterThan(0);
    }
  });

  it('follows a change of language and accuracy', async () => {
    const { element } = await badge('indicative', 'zh');
    element.lang = 'en';
    element.accuracy = 'surveyed';
    await element.updateComplete;
    expect(text(element.shadowRoot!.querySelector('span'))).toBe('Surveyed');
  });
});
