import type { Browser, Page } from 'playwright-core';
import type { MapView } from '../../src/map/view';
import type { OpenedPage, OpenMapOptions } from './harness';

/**
 * Pages that tests take turns on, within a file and from one file to the next (the e2e files run one
 * after another in one process), to spare each test a page load (about 2 s of software-drawn frames).
 * Between tests a page goes back to its opening state the way a visitor would get there: a search
 * query deleted, menus and lists folded as they were, lists scrolled back, storage cleared, the base
 * address put back through the history (as Back does), focus and pointer let go, and what that would
 * announce dropped unspoken. It must then show exactly what it showed when first opened: the state,
 * the view (to a hundredth of a pixel), the focus, every text, control value and scroll position on screen, every source and layer
 * of the map, the address and the storage. If anything differs, the test gets a fresh page instead, so no test
 * sees what another left behind.
 *
 * A test's own address reaches the page as Back or Forward would bring it, not as a first load: a
 * link to a feature without a view then shows the feature where the map already looks, where a first
 * load would frame it. Tests of what a first load does (framing, the poster, code loaded when first
 * used, history, storage) open fresh pages.
 */

interface SharedPage {
  browser: Browser;
  /** The page's address, window size, motion preference, run-time config and other origins allowed: the tests use a few. */
  key: string;
  opened: OpenedPage;
  /** What the page showed when it was first opened. */
  opening: PageState;
  inUse: boolean;
}

const sharedPages: SharedPage[] = [];

/** Options a shared page cannot honour: each needs a page load of the test's own. */
const FRESH_ONLY: readonly (keyof OpenMapOptions)[] = ['route', 'expectedErrors', 'until', 'waitUntil'];

export async function openSharedMap(
  browser: Browser,
  url: string,
  options: OpenMapOptions,
  openFresh: (url: string) => Promise<OpenedPage>,
): Promise<OpenedPage> {
  const refused = FRESH_ONLY.filter((option) => options[option] !== undefined);
  if (refused.length) throw new Error(`a shared page cannot take ${refused.join(', ')}: open a fresh one`);
  const { origin, pathname, search } = new URL(url);
  const key = [
    `${origin}${pathname}`,
    JSON.stringify(options.viewport ?? 'default'),
    options.motion ?? 'reduce',
    JSON.stringify(options.config ?? null),
    [...(options.allowedOrigins ?? [])].sort().join(),
  ].join(' ');
  let shared = sharedPages.find((candidate) => candidate.browser === browser && candidate.key === key);
  // Taken by this very test (a second page of its own) or not back to its opening state: a fresh one.
  if (shared && (shared.inUse || !(await returnToOpening(shared).catch(() => false)))) {
    if (!shared.inUse) {
      forget(shared);
      await shared.opened.context.close();
    }
    shared = undefined;
  }
  if (!shared) {
    const opened = await openFresh(`${origin}${pathname}`);
    await opened.page.evaluate(defineEveryElement);
    shared = { browser, key, opened, opening: await settledState(opened.page), inUse: false };
    await opened.page.evaluate(rememberUnfoldedLists);
    // Kept for later tests unless this test already holds the page for its key.
    if (!sharedPages.some((candidate) => candidate.browser === browser && candidate.key === key)) sharedPages.push(shared);
  }
  shared.inUse = true;
  const { page } = shared.opened;
  if (search) {
    // The test's address reaches the open page as Back or Forward would bring it.
    await page.evaluate((address) => {
      history.pushState(null, '', address);
      dispatchEvent(new PopStateEvent('popstate'));
    }, `${pathname}${search}`);
    await settle(page);
  }
  return shared.opened;
}

/**
 * After a test: a shared page stays for the next test if the test found nothing wrong with it
 * (true); otherwise it is forgotten and closed with the other pages (false).
 */
export function releaseSharedPage(opened: OpenedPage, passed: boolean): boolean {
  const shared = sharedPages.find((candidate) => candidate.opened === opened);
  if (!shared) return false;
  if (passed) shared.inUse = false;
  else forget(shared);
  return passed;
}

/** Before a browser of a file's own closes: its shared pages go with it. */
export function forgetSharedPagesOf(browser: Browser): void {
  for (const shared of sharedPages.filter((candidate) => candidate.browser === browser)) forget(shared);
}

function forget(shared: SharedPage): void {
  sharedPages.splice(sharedPages.indexOf(shared), 1);
}

declare global {
  interface Window {
    /** Every element of the page, shadow roots included. */
    everyElement(): Element[];
    /** The lists (`<details>`) unfolded when the shared page was first opened. */
    openOnFirstLoad: WeakSet<Element>;
  }
}

/** Runs in a shared page when first opened, for its description and its reset. */
function defineEveryElement() {
  window.everyElement = () => {
    const all: Element[] = [];
    const visit = (root: ParentNode) => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        all.push(element);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return all;
  };
}

/** Runs in a shared page once it is described as first opened: what its reset needs to fold lists back. */
function rememberUnfoldedLists() {
  window.openOnFirstLoad = new WeakSet(window.everyElement().filter((element) => element instanceof HTMLDetailsElement && element.open));
}

/** Brings a page back to its opening state; false if it then shows anything else than it did when opened. */
async function returnToOpening(shared: SharedPage): Promise<boolean> {
  const { page } = shared.opened;
  // Errors the reset itself causes count against the test about to use the page.
  Object.assign(shared.opened, { errors: [], foreignRequests: [], pending: [], expectedErrors: [] });
  await page.mouse.move(0, 0);
  // A query left in the search field is deleted, as a visitor would.
  const search = page.locator('search-box input');
  if ((await search.count()) === 1 && (await search.inputValue()) !== '') await search.fill('');
  await foldPhoneMenu(page);
  await chooseOfflineBasemap(page);
  await page.evaluate(() => {
    // Lists are folded or unfolded as they were on first load, and scrolled back to their start.
    for (const element of window.everyElement()) {
      if (element instanceof HTMLDetailsElement) element.open = window.openOnFirstLoad.has(element);
      if (element.scrollTop || element.scrollLeft) element.scrollTo(0, 0);
    }
    localStorage.clear();
    sessionStorage.clear();
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    (active as HTMLElement | null)?.blur();
    history.pushState(null, '', location.pathname);
    dispatchEvent(new PopStateEvent('popstate'));
    // Going back to Chinese saves the choice, as any change of language does: forget it again.
    localStorage.clear();
  });
  const now = await settledState(page);
  const opening = shared.opening;
  if (now.description === opening.description && sameView(now.view, opening.view)) return true;
  const differences = now.description.split('\n').filter((line) => !opening.description.split('\n').includes(line));
  if (!sameView(now.view, opening.view)) differences.unshift(`view ${JSON.stringify(now.view)} against ${JSON.stringify(opening.view)}`);
  console.warn(`a shared page did not return to its opening state, so the test gets a fresh one: ${differences.slice(0, 3).join(' | ')}`);
  return false;
}

/** On a phone the header's menu and the legend in it start folded: a visitor folds them again with their buttons. */
async function foldPhoneMenu(page: Page): Promise<void> {
  const menu = page.locator('app-shell .menu-toggle');
  if (!(await menu.isVisible())) return;
  const legend = page.locator('app-shell .legend-toggle');
  if ((await legend.getAttribute('aria-expanded')) === 'true') {
    if ((await menu.getAttribute('aria-expanded')) === 'false') await menu.click();
    await legend.click();
  }
  if ((await menu.getAttribute('aria-expanded')) === 'true') await menu.click();
}

/**
 * Over an online basemap the visitor first chooses the offline one (the first in the picker), and
 * waits until the notice says nothing, before the base address brings back the opening view. Without
 * this step, pages the basemap tests had shown AMap on came back 10 m and 0.001 zoom levels off it.
 */
async function chooseOfflineBasemap(page: Page): Promise<void> {
  const offline = page.locator('basemap-picker input[type="radio"]').first();
  if ((await offline.count()) === 0 || (await offline.isChecked())) return;
  // On a phone the picker is in the folded legend: the choice is made as a click on it would make it.
  await offline.dispatchEvent('click');
  await page.waitForFunction(() => {
    const notice = window.mapShell().renderRoot.querySelector('basemap-notice');
    return notice?.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim() === '';
  });
}

/** What a test could notice of a page: its view, and everything else as `describePage` writes it. */
interface PageState {
  view: MapView;
  description: string;
}

/**
 * The same view to a hundredth of a pixel: the view framed again by a reset can differ from the one
 * framed on first load in the last digits, depending on where the map looked before.
 */
function sameView(a: MapView, b: MapView): boolean {
  // Degrees of longitude per CSS pixel (MapLibre's world is 512 px wide at zoom 0); fewer of latitude.
  const hundredthOfPixel = 360 / (512 * 2 ** a.zoom) / 100;
  return (
    Math.abs(a.center[0] - b.center[0]) < hundredthOfPixel &&
    Math.abs(a.center[1] - b.center[1]) < hundredthOfPixel &&
    Math.abs(a.zoom - b.zoom) < 1e-4 &&
    Math.abs(a.bearing - b.bearing) < 0.05 &&
    Math.abs(a.pitch - b.pitch) < 0.05
  );
}

/**
 * Waits until the map is still, then describes the page with its live region silent: what the
 * reset itself would announce (the map going back to its opening view) is dropped, not waited for
 * (the announcer's quiet time is 0.7 s), and the last announcement is cleared, so that a test that
 * waits for one cannot find it there already.
 */
async function settledState(page: Page): Promise<PageState> {
  await settle(page);
  await page.evaluate(async () => {
    const announcer = window.mapShell().renderRoot.querySelector('live-announcer') as unknown as {
      text: string;
      waiting: Map<string, string>;
      timer: ReturnType<typeof setTimeout> | undefined;
      updateComplete: Promise<boolean>;
    };
    clearTimeout(announcer.timer);
    announcer.waiting.clear();
    announcer.text = '';
    await announcer.updateComplete;
  });
  return { view: await page.evaluate(() => window.mapShell().controller!.getView()), description: await page.evaluate(describePage) };
}

/** Waits until the map has stopped moving and drawing, and the page has rendered a frame since. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.mapShell().controller!.map;
        const done = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        if (map.loaded() && !map.isMoving()) done();
        else map.once('idle', done);
      }),
  );
}

/** Everything a test could notice of the page, one fact per line. Runs in the page. */
function describePage(): string {
  const shell = window.mapShell();
  const controller = shell.controller!;
  const lines = [`address ${location.search}`, `storage ${localStorage.length} ${sessionStorage.length}`, `state ${JSON.stringify(shell.store.state)}`];
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  lines.push(`focus ${active?.tagName ?? 'none'}`, `page scrolled ${scrollX},${scrollY}`);
  // Sources with their features, and the layers that draw them: a tool's layers left on an
  // emptied source draw nothing, so the page looks as it did before they were added.
  const style = controller.map.getStyle();
  const empty = new Set<string>();
  for (const [id, source] of Object.entries(style.sources)) {
    const data = 'data' in source ? (source.data as unknown) : undefined;
    const features = (data as { features?: unknown[] } | undefined)?.features;
    if (features?.length === 0) empty.add(id);
    else lines.push(`source ${id} ${typeof data === 'string' ? data : features ? `${features.length} features` : source.type}`);
  }
  for (const layer of style.layers) {
    if (!('source' in layer) || !empty.has(layer.source)) lines.push(`layer ${layer.id} ${layer.layout?.visibility ?? 'visible'}`);
  }
  // In document order, each shadow root's elements after its host; what is not rendered is not there to notice.
  for (const element of window.everyElement()) {
    if (!element.checkVisibility()) continue;
    const text = Array.from(element.childNodes)
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent!.trim())
      .filter(Boolean)
      .join(' ');
    const value =
      element instanceof HTMLInputElement
        ? ` value=${element.value} checked=${element.checked}`
        : element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement
          ? ` value=${element.value}`
          : '';
    const aria = ['aria-expanded', 'aria-pressed', 'aria-selected', 'aria-checked', 'open']
      .filter((name) => element.hasAttribute(name))
      .map((name) => ` ${name}=${element.getAttribute(name)}`)
      .join('');
    const scroll = element.scrollTop || element.scrollLeft ? ` scrolled=${element.scrollLeft},${element.scrollTop}` : '';
    if (text || value || aria || scroll) lines.push(`${element.localName}${value}${aria}${scroll} ${text}`);
  }
  return lines.join('\n');
}
