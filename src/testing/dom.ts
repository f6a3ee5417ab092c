/* DOM helpers shared by the browser component tests (*.browser.test.ts). */
import { afterEach, beforeEach, expect } from 'vitest';
import { deepActiveElement } from '../util/deep-active-element';

const mounted = new Set<Element>();

/** Creates a custom element with the given properties, attaches it and waits for its first render. */
export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
): Promise<HTMLElementTagNameMap[K]> {
  const element = document.createElement(tag);
  Object.assign(element, props);
  document.body.append(element);
  mounted.add(element);
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** Removes everything `mount` attached; call from afterEach. */
export function unmountAll(): void {
  for (const element of mounted) element.remove();
  mounted.clear();
}

/** What a reader sees of an element: its rendered text with whitespace collapsed. */
export function text(element: Element | null | undefined): string {
  if (!element) return '';
  return (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
}

/** Records every `type` event that reaches `target`, with the flags it was dispatched with. */
export function recordEvents<T = unknown>(target: EventTarget, type: string) {
  const events: { detail: T; bubbles: boolean; composed: boolean }[] = [];
  const listener = (event: Event) =>
    events.push({ detail: (event as CustomEvent<T>).detail, bubbles: event.bubbles, composed: event.composed });
  target.addEventListener(type, listener);
  return { events, stop: () => target.removeEventListener(type, listener) };
}

/**
 * Fails the current test when anything throws outside it: an exception in an event handler is
 * reported on window 'error', a rejected promise nobody awaited on 'unhandledrejection'. Neither
 * would reach the test's own awaits.
 */
export function failOnUncaughtErrors(): void {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  beforeEach(() => {
    errors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    // Let pending handlers and promise rejections report before checking.
    await new Promise((resolve) => setTimeout(resolve, 0));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(errors, 'errors thrown outside the test (event handlers, unawaited promises)').toEqual([]);
  });
}

/**
 * Sizes the test page's elements with a constructed style sheet (no style attributes): the map
 * container needs a size for MapLibre to draw.
 */
export function addDocumentStyles(css: string): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/**
 * An element's text without what is marked lang="zh-CN" (in English: the plan's own figures
 * after converted ones, names it gives only in Chinese, document numbers): left over Chinese is stray.
 */
export function textNotMarkedChinese(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[lang="zh-CN"]').forEach((marked) => marked.remove());
  return copy.textContent ?? '';
}

/** A panel takes focus on its title (`titleId`) when asked, and Esc there asks once to close it. */
export function expectTitleFocusThenEscapeCloses(panel: { focusTitle(): void }, titleId: string): void {
  panel.focusTitle();
  expect(deepActiveElement()?.id).toBe(titleId);
  const closed = recordEvents(document, 'panel-closed');
  deepActiveElement()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
  expect(closed.events).toHaveLength(1);
  closed.stop();
}
