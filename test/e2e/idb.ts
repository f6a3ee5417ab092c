import type { Page } from 'playwright-core';

/* idb-keyval's default store in the page, as the map's code writes it: for storing what an older
   or broken version might have left, and reading what the map saved. */

/** Writes a value under a key of idb-keyval's default store in the page, as an older or broken version might have. */
export function storeRaw(page: Page, key: string, value: unknown) {
  return page.evaluate(
    ([key, value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('keyval-store');
        open.onupgradeneeded = () => open.result.createObjectStore('keyval');
        open.onsuccess = () => {
          const tx = open.result.transaction('keyval', 'readwrite');
          tx.objectStore('keyval').put(value, key);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    [key, value] as const,
  );
}

/** Every key of idb-keyval's default store in the page. */
export function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('keyval-store');
        open.onsuccess = () => {
          const request = open.result.transaction('keyval').objectStore('keyval').getAllKeys();
          request.onsuccess = () => (open.result.close(), resolve(request.result.map(String)));
        };
      }),
  );
}

/** The value stored under a key of idb-keyval's default store in the page (undefined if none). */
export function storedValue(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (key) =>
      new Promise<unknown>((resolve) => {
        const open = indexedDB.open('keyval-store');
        open.onupgradeneeded = () => open.result.createObjectStore('keyval');
        open.onsuccess = () => {
          const request = open.result.transaction('keyval').objectStore('keyval').get(key);
          request.onsuccess = () => (open.result.close(), resolve(request.result));
        };
      }),
    key,
  );
}
