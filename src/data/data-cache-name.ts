/** The Cache Storage cache holding the last copies of the data files that passed validation; the
 * service worker (vite.config.ts) answers from it when the network cannot. */
export const DATA_CACHE = 'data-files-validated';
