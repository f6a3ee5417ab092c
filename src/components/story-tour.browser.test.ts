import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { failOnUncaughtErrors, mount, recordEvents, text, unmountAll } from '../testing/dom';
import { TOUR_STEPS } from '../tour/tour-steps';
import { deepActiveElement } from '../util/deep-active-element';
import type { StoryTour } from './story-tour';
import './story-tour';

failOnUncaughtErrors();
afterEach(unmountAll);

const WORDS = {
  zh: { title: '沿干线导览', progress: (n: number) => `第 ${n} 步，共 ${TOUR_STEPS.length} 步`, previous: '← 上一步', next: '下一步 →', play: '自动播放', pause: '暂停', close: '结束导览', source: '出处' },
  en: { title: 'A tour along the trunk', progress: (n: number) => `Step ${n} of ${TOUR_STEPS.length}`, previous: '← Previous', next: 'Next →', play: 'Play', pause: 'Pause', close: 'End the tour', source: 'Source' },
};

/** Mounts the tour at `step`, recording what it sends up, as the shell would hear it. */
async function openTour(lang: 'zh' | 'en', step: number, selected: string | null = null) {
  const changes = recordEvents<{ patch: { tourStep: number }; history: string }>(document.body, 'state-change');
  const shown = recordEvents<{ featureId: string }>(document.body, 'feature-shown');
  const closed = recordEvents(document.body, 'panel-closed');
  const tour = await mount('story-tour', { lang, step, selected });
  return { tour, changes: changes.events, shown: shown.events, closed: closed.events };
}
const live = (tour: StoryTour) => text(tour.shadowRoot!.querySelector('[aria-live="polite"]'));

describe('<story-tour>', () => {
  for (const lang of ['zh', 'en'] as const) {
    const words = WORDS[lang];
    it(`${lang}: shows the step's place, text and citation in ${lang}, and asks the map to show its feature`, async () => {
      const { tour, shown } = await openTour(lang, 1);
      const step = TOUR_STEPS[1];
      await expect.element(page.getByRole('dialog', { name: words.title })).toBeVisible();
      expect(live(tour)).toBe(`${words.progress(2)} ${step.title[lang]} ${step.text[lang]}`);
      expect(text(tour.shadowRoot!.querySelector('.source'))).toBe(`${words.source}: ${step.source}`);
      expect(shown.map((e) => e.detail)).toEqual([{ featureId: step.featureId }]);
      for (const name of [words.previous, words.next, words.play, words.close]) {
        await expect.element(page.getByRole('button', { name, exact: true })).toBeVisible();
      }
    });

    it(`${lang}: the buttons and ← / → ask for the next and previous step; Esc leaves`, async () => {
      const { tour, changes, closed } = await openTour(lang, 2);
      await userEvent.click(page.getByRole('button', { name: words.next, exact: true }));
      expect(changes.at(-1)?.detail).toEqual({ patch: { tourStep: 3 }, history: 'replace' });
      await userEvent.click(page.getByRole('button', { name: words.previous, exact: true }));
      expect(changes.at(-1)?.detail).toEqual({ patch: { tourStep: 1 }, history: 'replace' });
      tour.focusTitle();
      expect(deepActiveElement()?.id).toBe('tour-title');
      await userEvent.keyboard('{ArrowRight}');
      expect(changes.at(-1)?.detail).toEqual({ patch: { tourStep: 3 }, history: 'replace' });
      await userEvent.keyboard('{ArrowLeft}');
      expect(changes.at(-1)?.detail).toEqual({ patch: { tourStep: 1 }, history: 'replace' });
      expect(changes.every((e) => e.bubbles && e.composed)).toBe(true);
      await userEvent.keyboard('{Escape}');
      expect(closed).toHaveLength(1);
    });
  }

  it('cannot go before the first step or past the last', async () => {
    const first = await openTour('en', 0);
    await expect.element(page.getByRole('button', { name: '← Previous', exact: true })).toBeDisabled();
    first.tour.focusTitle();
    await userEvent.keyboard('{ArrowLeft}');
    expect(first.changes).toHaveLength(0);
    unmountAll();

    const last = await openTour('en', TOUR_STEPS.length - 1);
    await expect.element(page.getByRole('button', { name: 'Next →', exact: true })).toBeDisabled();
    await expect.element(page.getByRole('button', { name: 'Play', exact: true })).toBeDisabled();
    expect(live(last.tour)).toContain(`Step ${TOUR_STEPS.length} of ${TOUR_STEPS.length}`);
  });

  it('does not reframe a feature that is already selected (a link that opens the tour on it)', async () => {
    const { shown } = await openTour('zh', 4, TOUR_STEPS[4].featureId);
    expect(shown).toHaveLength(0);
  });

  it('a new step from the state shows its text and its feature', async () => {
    const { tour, shown } = await openTour('en', 0);
    tour.step = 5;
    await tour.updateComplete;
    expect(live(tour)).toContain(TOUR_STEPS[5].title.en);
    expect(shown.at(-1)?.detail).toEqual({ featureId: TOUR_STEPS[5].featureId });
  });

  it('Play plays and can be paused', async () => {
    await openTour('zh', 0);
    const play = page.getByRole('button', { name: '自动播放', exact: true });
    await expect.element(play).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(play);
    const pause = page.getByRole('button', { name: '暂停', exact: true });
    await expect.element(pause).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(pause);
    await expect.element(play).toHaveAttribute('aria-pressed', 'false');
  });
});
