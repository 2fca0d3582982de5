/**
 * Whether this browser may have the IndexedDB database: false only when it surely has not, found
 * without opening it, since opening creates it and most visitors never store anything.
 */
export async function mayHaveDatabase(name: string): Promise<boolean> {
  if (!('databases' in indexedDB)) return true;
  // A link view's listing, asked for before the page's scripts ran (build/baked-skip.js): the
  // first one here takes it.
  const early = typeof window === 'undefined' ? undefined : window.earlyDatabases;
  if (early) delete window.earlyDatabases;
  const existing = await (early ?? indexedDB.databases());
  return existing.some((d) => d.name === name);
}

declare global {
  interface Window {
    earlyDatabases?: Promise<IDBDatabaseInfo[]>;
  }
}
