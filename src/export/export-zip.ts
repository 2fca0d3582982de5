import { strToU8, zipSync } from 'fflate';
import type { Dataset } from '../data/dataset';
import { BOM, tidyCsv, wideCsv } from '../data/tidy';
import { figuresOf, readmeText } from './export-files';
import type { PanelExport } from './panel-export';

// Loaded, with fflate, only when a user asks for the zip.

/** The tidy and wide CSV and a README.txt, zipped. */
export function zipBlob(dataset: Dataset, name: string, p: PanelExport): Blob {
  const figures = figuresOf(p.tables);
  const zipped = zipSync({
    [`${name}.csv`]: strToU8(tidyCsv(dataset, figures)),
    [`${name}_wide.csv`]: strToU8(wideCsv(dataset, figures)),
    'README.txt': strToU8(BOM + readmeText(name, p)),
  });
  return new Blob([zipped], { type: 'application/zip' });
}
