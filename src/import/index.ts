export { DataButtons, ImportsList } from './data-actions';
export { startImports, useImportBatches, useImportsReady } from './import-store';
export { ImportsStatus, useDatasetWithImports } from './merged-dataset';
