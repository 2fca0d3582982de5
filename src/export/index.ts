import { lazy } from 'react';

/** A panel's Export menu: drawn with the figures, not needed for the first script. */
export const loadExportMenu = () => import('./export-menu').then((m) => m.ExportMenu);

/** Few readers cite or embed: the citation and embed code load when first asked for. */
export const ShareBox = lazy(() => import('./share-box').then((m) => ({ default: m.ShareBox })));
