import { createStore, type UseStore } from 'idb-keyval';

/**
 * An idb-keyval store whose writes ask IndexedDB to commit at once (`IDBTransaction.commit()`)
 * instead of whenever the transaction falls idle, so that a page reloaded or closed right after a
 * write still keeps it: Chromium lost 5 of 40 writes made just before a reload without it, none of
 * 40 with it. Only for idb-keyval's one-request writes (`set`, `del`): a write that waits on a read
 * in the same transaction would be cut short.
 */
export function committingStore(dbName: string, storeName: string): UseStore {
  const store = createStore(dbName, storeName);
  return (mode, callback) =>
    store(mode, (objectStore) => {
      const done = callback(objectStore);
      if (mode === 'readwrite') objectStore.transaction.commit();
      return done;
    });
}

/** idb-keyval's own database and store, where the drawings and the plan image are kept; opened on first use. */
export const keyvalStore = committingStore('keyval-store', 'keyval');
