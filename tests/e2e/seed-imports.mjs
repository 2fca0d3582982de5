// Stored imports of any size, written into the page's IndexedDB as the app stores them
// (src/import/import-store.ts: the batch under its id, a small "about:" entry beside it, and the
// flag that hides the baked view). For browser tests and the bench: seed, then load the page.

const DATABASE = 'online-grooming-dashboard';
const STORE = 'imports';

/**
 * Stores one import of `rows` monthly figures (offences in the West Midlands region, valid rows
 * as an import of them would store) in the browser profile of `page`, which must be on the
 * dashboard's origin. Reload (or navigate) afterwards: the page reads stored imports as it starts.
 * Returns the import's id.
 */
export async function seedImports(page, rows, { fileName = 'seeded.csv', id = 'seeded' } = {}) {
  return page.evaluate(
    async ({ rows, fileName, id, DATABASE, STORE }) => {
      const NULL = 0xffffffff;
      // Monthly periods from 2001-04: periods vary, so figures spread over many keys.
      const months = Array.from({ length: 1200 }, (_, i) => {
        const m = 3 + i;
        const month = `${2001 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
        return `${month}..${month}`;
      });
      const column = (dict, code) => ({ dict, codes: new Uint32Array(rows).fill(code) });
      const periodCodes = new Uint32Array(rows);
      for (let i = 0; i < rows; i++) periodCodes[i] = i % months.length;
      const packed = {
        count: rows,
        rowNumbers: Uint32Array.from({ length: rows }, (_, i) => i + 2),
        values: Float64Array.from({ length: rows }, (_, i) => 1 + (i % 97)),
        text: {
          indicator: column(['offences'], 0),
          periodText: { dict: months, codes: periodCodes },
          geography: column(['west-midlands-region'], 0),
          platform: column([], NULL),
          ageBand: column([], NULL),
          sex: column([], NULL),
          status: column(['published'], 0),
          source: column([], NULL),
          release: column([], NULL),
          note: column(['seeded for a test'], 0),
          confidence: column([], NULL),
          bound: column([], NULL),
          series: column([], NULL),
        },
      };
      const importedAt = new Date().toISOString();
      const tag = { id, fileName, importedAt };
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open(DATABASE);
        open.onupgradeneeded = () => open.result.createObjectStore(STORE);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise((resolve, reject) => {
        const tx = db.transaction(STORE, 'readwrite');
        tx.objectStore(STORE).put({ tag, packed }, id);
        tx.objectStore(STORE).put({ id, fileName, importedAt, count: rows }, `about:${id}`);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      localStorage.setItem(`${DATABASE}:imports`, 'yes');
      return id;
    },
    { rows, fileName, id, DATABASE, STORE },
  );
}
