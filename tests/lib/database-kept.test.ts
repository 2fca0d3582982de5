import { afterEach, describe, expect, it, vi } from 'vitest';
import { mayHaveDatabase } from '../../src/lib/database-kept';

afterEach(() => {
  delete window.earlyDatabases;
  vi.unstubAllGlobals();
});

describe('mayHaveDatabase', () => {
  it("takes a link view's early listing once, then asks the browser again", async () => {
    const databases = vi.fn(async () => [] as IDBDatabaseInfo[]);
    vi.stubGlobal('indexedDB', { databases });
    // Listed by build/baked-skip.js before the page's scripts ran: the database was there.
    window.earlyDatabases = Promise.resolve([{ name: 'online-grooming-dashboard', version: 1 }]);
    expect(await mayHaveDatabase('online-grooming-dashboard')).toBe(true);
    expect(databases).not.toHaveBeenCalled();
    // A later question is not answered from the page's start: the database has gone since.
    expect(await mayHaveDatabase('online-grooming-dashboard')).toBe(false);
    expect(databases).toHaveBeenCalledTimes(1);
  });

  it('says "maybe" where the browser cannot list its databases', async () => {
    vi.stubGlobal('indexedDB', {});
    expect(await mayHaveDatabase('online-grooming-dashboard')).toBe(true);
  });
});
