/** Add data and the list of imports: drawn with the figures, not needed for the first script. */
export const loadDataActions = () => import('./data-actions');
export { startImports, useImportBatches, useImportsReady } from './import-store';
export { ImportsStatus, useDatasetWithImports, useStoredImportsPending } from './merged-dataset';
