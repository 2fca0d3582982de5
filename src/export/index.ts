import { lazy } from 'react';

export { ExportMenu } from './export-menu';

/** Few readers cite or embed: the citation and embed code load when first asked for. */
export const ShareBox = lazy(() => import('./share-box').then((m) => ({ default: m.ShareBox })));
