import { describe, expect, it } from 'vitest';
import { cspViolations, serveUnderCsp, type Delivery } from './csp';
import { DESKTOP, WIDE, openMap, useSite } from './harness';

const site = useSite();

const underCsp = (delivery: Delivery, editHtml?: (html: string) => string) => serveUnderCsp(site.url, delivery, editHtml);

describe.each<Delivery>(['header', 'meta'])('the built site under a strict CSP sent as a %s', (delivery) => {
  it('loads without a violation: full-size map, trunk drawn, a card opened from the legend', async () => {
    // openMap waits for the `trunk-rendered` mark: the trunk draws.
    const opened = await openMap(site.browser, site.url, { route: underCsp(delivery) });
    const { page } = opened;
    const box = (await page.locator('#map').boundingBox())!;
    expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, DESKTOP.width, DESKTOP.height]);

    await page.locator('layer-legend section[data-group="trunk"] details').nth(1).locator('summary').click();
    await page.locator('layer-legend button[data-feature="line17-09-qingpu-xincheng"]').click();
    const card = page.locator('feature-card section');
    await expect.poll(() => card.getAttribute('data-feature')).toBe('line17-09-qingpu-xincheng');
    expect(await card.innerText()).toContain('轨道交通 17 号线第 9 站');
    // The legend swatches take their colours without a style attribute.
    const swatch = await page.locator('layer-legend label[data-item="line17"] .swatch').evaluate((el) => getComputedStyle(el).borderTopColor);
    expect(swatch).toBe('rgb(181, 101, 91)');

    expect(await cspViolations(page)).toEqual([]);
    expect(opened.errors).toEqual([]);
    expect(opened.foreignRequests).toEqual([]);
    await opened.context.close();
  });

  it('draws the targets dashboard’s ECharts charts and shows a bar’s tooltip without a violation', { timeout: 120_000 }, async () => {
    const opened = await openMap(site.browser, `${site.url}?lang=en&panel=targets`, { route: underCsp(delivery) });
    const { page } = opened;
    const bars = page.locator('targets-dashboard [data-chart="parks"] svg path[fill="#2b6e4a"]');
    await expect.poll(() => bars.count()).toBeGreaterThan(0);
    expect(await page.locator('targets-dashboard [data-chart^="indicator-"] svg').count()).toBe(10);
    await bars.first().hover();
    // ECharts' tooltip: a div it positions through CSSOM, its content our elements with text.
    await expect.poll(() => page.locator('targets-dashboard [data-chart="parks"] > div:not(:first-child)').last().innerText()).toContain('bn yuan');
    expect(await cspViolations(page)).toEqual([]);
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  });

  it('draws and measures an area with terra-draw without a violation', async () => {
    const opened = await openMap(site.browser, `${site.url}?lang=en&panel=draw`, { viewport: WIDE, route: underCsp(delivery) });
    const { page } = opened;
    const tool = page.locator('draw-tool');
    await expect.poll(() => tool.locator('button[data-mode="polygon"]').isEnabled(), { timeout: 20_000 }).toBe(true);
    await tool.locator('button[data-mode="polygon"]').click();
    for (const [x, y] of [[790, 420], [895, 435], [885, 570], [790, 420]]) await page.mouse.click(x, y);
    // The entry shows from the first vertex on; the closing click ends the drawing.
    await expect.poll(() => tool.locator('li[data-kind="polygon"]').count()).toBe(1);
    await expect.poll(() => tool.locator('li[data-kind="polygon"]').innerText()).not.toContain('being drawn');
    expect(await tool.locator('li[data-kind="polygon"] dd[data-measure="area"]').innerText()).toMatch(/ km² · [\d.,]+ ha · [\d.,]+ mu$/);
    expect(await cspViolations(page)).toEqual([]);
    await opened.context.close();
  });
});

it('reports a violation when the page breaks the policy (the check above can fail)', async () => {
  const opened = await openMap(site.browser, site.url, {
    route: underCsp('header', (html) => html.replace('</head>', '<style>#map { outline: 0 }</style></head>')),
    // Provoked on purpose: the harness checks every other test for console errors.
    expectedErrors: [/^Applying inline style violates .* directive 'style-src 'self''/],
  });
  expect(await cspViolations(opened.page)).toEqual([expect.stringMatching(/^style-src-elem blocked inline at /)]);
  // Chromium also logs the refusal; nothing else went wrong.
  expect(opened.errors).toEqual([expect.stringMatching(/^Applying inline style violates .* directive 'style-src 'self''/)]);
  await opened.context.close();
});
