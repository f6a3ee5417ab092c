/**
 * A module worker running our script at `url` (a `?worker&url` import resolved against the
 * importing module's `import.meta.url`). Inside a page on another origin (an embedding site) a
 * worker cannot load our script directly: it starts from a same-origin blob: module that imports
 * it, as MapLibre's does.
 */
export function moduleWorker(url: URL): Worker {
  const script = url.origin === location.origin ? url : URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' }));
  return new Worker(script, { type: 'module' });
}
