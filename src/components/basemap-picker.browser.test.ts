import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { failOnUncaughtErrors, mount, recordEvents, text, unmountAll } from '../testing/dom';
import './basemap-picker';

failOnUncaughtErrors();
afterEach(unmountAll);

const labels = (element: HTMLElement) => [...element.shadowRoot!.querySelectorAll('label')].map(text);

describe('<basemap-picker>', () => {
  it('names every offered basemap in the chosen language, the selected one checked', async () => {
    const picker = await mount('basemap-picker', { options: ['offline', 'osm', 'tianditu', 'amap'], selected: 'osm', lang: 'zh' });
    expect(labels(picker)).toEqual(['离线底图（本图数据）', 'OpenStreetMap 开放街道地图', '天地图', '高德地图']);
    await expect.element(page.getByRole('group', { name: '底图' })).toBeVisible();
    await expect.element(page.getByRole('radio', { name: 'OpenStreetMap 开放街道地图' })).toBeChecked();
    picker.lang = 'en';
    await picker.updateComplete;
    expect(labels(picker)).toEqual(['Offline (our own layers)', 'OpenStreetMap', 'Tianditu', 'AMap']);
    await expect.element(page.getByRole('group', { name: 'Basemap' })).toBeVisible();
    expect(text(picker.shadowRoot!.querySelector('p'))).toBe('Online basemaps load their tiles from other servers.');
  });

  it('lists only what the deployment offers: no Tianditu without a key', async () => {
    const picker = await mount('basemap-picker', { options: ['offline', 'osm', 'amap'], lang: 'en' });
    expect(labels(picker)).toEqual(['Offline (our own layers)', 'OpenStreetMap', 'AMap']);
    expect(page.getByRole('radio', { name: 'Tianditu' }).elements()).toHaveLength(0);
  });

  it('fires basemap-changed with the id when a basemap is clicked, out of its shadow root', async () => {
    const picker = await mount('basemap-picker', { options: ['offline', 'osm', 'amap'], lang: 'en' });
    const fired = recordEvents<{ id: string }>(document, 'basemap-changed');
    await userEvent.click(page.getByRole('radio', { name: 'AMap' }));
    fired.stop();
    expect(fired.events).toEqual([{ detail: { id: 'amap' }, bubbles: true, composed: true }]);
    // The choice goes up; what is checked is the state's to say.
    expect(picker.selected).toBe('offline');
  });

  it('moves between basemaps with the arrow keys, firing for each', async () => {
    const picker = await mount('basemap-picker', { options: ['offline', 'osm', 'amap'], lang: 'en' });
    const radios = [...picker.shadowRoot!.querySelectorAll('input')];
    radios[0].focus();
    const fired = recordEvents<{ id: string }>(document, 'basemap-changed');
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{ArrowDown}');
    fired.stop();
    expect(fired.events.map((e) => e.detail.id)).toEqual(['osm', 'amap']);
    expect(picker.shadowRoot!.activeElement).toBe(radios[2]);
  });

  it('checks what the state says, even after the visitor picked another that failed', async () => {
    const picker = await mount('basemap-picker', { options: ['offline', 'amap'], lang: 'en' });
    await userEvent.click(page.getByRole('radio', { name: 'AMap' }));
    await expect.element(page.getByRole('radio', { name: 'AMap' })).toBeChecked();
    picker.selected = 'amap';
    await picker.updateComplete;
    // The map fell back: the state says offline again, and the radios follow it.
    picker.selected = 'offline';
    await picker.updateComplete;
    await expect.element(page.getByRole('radio', { name: 'Offline (our own layers)' })).toBeChecked();
    await expect.element(page.getByRole('radio', { name: 'AMap' })).not.toBeChecked();
  });
});
