import { del, get, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSavedImport, importedLayer, loadSavedImports } from '../import/saved-imports';
import { committingStore } from './committing-store';
import { drawingsKey, loadDrawings, saveDrawings } from './drawings-db';
import { forgetPlanImage, keepPlanImage, readKeptPlanImage } from './plan-image-db';

/*
 * A write the page asks IndexedDB to commit at once survives a reload that follows it at once; one
 * left to commit when idle was lost in 5 of 40 such reloads in Chromium. A reload cannot be made
 * here, so these tests count the commits each write asks for, on every store the map keeps things in.
 */

let commits: string[] = [];
const commit = IDBTransaction.prototype.commit;
beforeEach(() => {
  commits = [];
  IDBTransaction.prototype.commit = function (this: IDBTransaction) {
    commits.push(this.mode);
    commit.call(this);
  };
});
afterEach(() => {
  IDBTransaction.prototype.commit = commit;
});

const scope = () => `commit-test-${Date.now()}-${Math.random()}`;

describe('writes to IndexedDB commit at once', () => {
  it('a committing store: each set and del asks for one commit, reads none, and what is written reads back', async () => {
    const store = committingStore(`commit-test-${Date.now()}`, 'values');
    await set('k', 'value', store);
    expect(commits).toEqual(['readwrite']);
    expect(await get('k', store)).toBe('value');
    expect(commits).toHaveLength(1);
    await del('k', store);
    expect(commits).toEqual(['readwrite', 'readwrite']);
    expect(await get('k', store)).toBeUndefined();
  });

  it('the drawings, the plan image and the imports are each written with a commit', async () => {
    const drawings = drawingsKey(scope());
    await saveDrawings(drawings, [{ type: 'Feature', id: 'p', geometry: { type: 'Point', coordinates: [121.1, 31.15] }, properties: { mode: 'point' } }]);
    expect(commits, 'drawings').toEqual(['readwrite']);
    expect((await loadDrawings(drawings)).features).toHaveLength(1);

    const image = scope();
    const corners = [[121.1, 31.2], [121.2, 31.2], [121.2, 31.1], [121.1, 31.1]] as const;
    await keepPlanImage(image, { bytes: new ArrayBuffer(4), type: 'image/png', corners: corners.map((c) => [...c]) as never, opacity: 0.5 });
    expect(commits, 'plan image kept').toHaveLength(2);
    expect((await readKeptPlanImage(image)).kept?.opacity).toBe(0.5);
    await forgetPlanImage(image);
    expect(commits, 'plan image forgotten').toHaveLength(3);
    expect((await readKeptPlanImage(image)).kept).toBeNull();

    const imports = scope();
    await addSavedImport(imports, importedLayer('layer-1', 'stations.csv', 'WGS84', null, []));
    expect(commits, 'imports').toHaveLength(4);
    // After any layers other tests in this browser left under the key all maps once shared.
    expect((await loadSavedImports(imports)).at(-1)?.sourceName).toBe('stations.csv');
  });
});
