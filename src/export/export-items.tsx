import type { RefObject } from 'react';
import type { Dataset } from '../data/dataset';
import { download } from '../lib/export';
import type { ShareKind } from '../components/panel-chrome';
import { tidyBlob, wideBlob } from './export-files';
import { imageBlob, type ImageSize } from './panel-image';
import { marksOf, type ExportPanel, type PanelExport } from './panel-export';

interface ExportItemsProps {
  panel: ExportPanel;
  dataset: Dataset | null;
  /** The files' name: "platforms_2017-18_to_2018-19_share". */
  name: string;
  filterLine: string;
  /** The link back to the view, read when a file is made. */
  link: () => string;
  /** Loads the zip maker, and fflate with it, when a zip is asked for. */
  loadZip: () => Promise<typeof import('./export-zip')>;
  section: RefObject<HTMLElement | null>;
  chartShown: boolean;
  /** Says what was saved, or why not, and closes the menu. */
  onDone: (message: string) => void;
  onShare: (kind: ShareKind) => void;
}

/** The Export menu's choices: images, tidy and wide CSV, the zip, citation and embed code. */
export function ExportItems({
  panel,
  dataset,
  name,
  filterLine,
  link,
  loadZip,
  section,
  chartShown,
  onDone,
  onShare,
}: ExportItemsProps) {
  // The link and the date are taken when the user asks, so they name the view being saved.
  const parts = (): PanelExport => ({
    ...panel,
    filterLine,
    marks: marksOf(panel),
    link: link(),
    accessed: new Date(),
  });
  const failed = (e: unknown) =>
    onDone(`The file could not be made: ${e instanceof Error ? e.message : String(e)}.`);

  const image = async (kind: 'png' | 'svg', size: ImageSize = 'panel') => {
    try {
      const blob = section.current && (await imageBlob(kind, section.current, parts(), size));
      if (!blob) {
        onDone('Show the chart to export it as an image.');
        return;
      }
      const file = `${name}${size === 'wide' ? '_16x9' : ''}.${kind}`;
      download(file, blob);
      onDone(`Saved ${file}.`);
    } catch (e) {
      failed(e);
    }
  };

  const file = async (kind: 'tidy' | 'wide' | 'zip') => {
    if (!dataset) return;
    try {
      const [fileName, blob] =
        kind === 'zip'
          ? [`${name}.zip`, (await loadZip()).zipBlob(dataset, name, parts())]
          : kind === 'wide'
            ? [`${name}_wide.csv`, wideBlob(dataset, panel.tables)]
            : [`${name}.csv`, tidyBlob(dataset, panel.tables)];
      download(fileName, blob);
      onDone(`Saved ${fileName}.`);
    } catch (e) {
      failed(e);
    }
  };

  const noFigures =
    !dataset || panel.tables.every((t) => t.rows.every((r) => r.cells.every((c) => !c.figure)));
  const item =
    'block w-full px-3 py-2 text-left text-sm hover:bg-slate-100 disabled:text-slate-500';
  return (
    <>
      <button
        type="button"
        className={item}
        disabled={!chartShown}
        onClick={() => void image('png')}
      >
        Chart as PNG (for slides)
      </button>
      <button
        type="button"
        className={item}
        disabled={!chartShown}
        onClick={() => void image('png', 'wide')}
      >
        Chart as PNG, 16:9 (1920×1080)
      </button>
      <button
        type="button"
        className={item}
        disabled={!chartShown}
        onClick={() => void image('svg')}
      >
        Chart as SVG
      </button>
      {!chartShown && (
        <p className="px-3 py-1 text-xs text-slate-700">Show the chart to export an image.</p>
      )}
      <button type="button" className={item} onClick={() => void file('tidy')} disabled={noFigures}>
        Table as CSV (one row per figure)
      </button>
      <button type="button" className={item} onClick={() => void file('wide')} disabled={noFigures}>
        Table as CSV, years as columns
      </button>
      <button type="button" className={item} onClick={() => void file('zip')} disabled={noFigures}>
        Data with citation (.zip)
      </button>
      <button type="button" className={item} onClick={() => onShare('cite')}>
        Cite this panel
      </button>
      <button type="button" className={item} onClick={() => onShare('embed')}>
        Embed this panel
      </button>
    </>
  );
}
