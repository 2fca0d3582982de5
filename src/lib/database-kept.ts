/**
 * Whether this browser may have the IndexedDB database: false only when it surely has not, found
 * without opening it, since opening creates it and most visitors never store anything.
 */
export async function mayHaveDatabase(name: string): Promise<boolean> {
  if (!('databases' in indexedDB)) return true;
  const existing = await indexedDB.databases();
  return existing.some((d) => d.name === name);
}
