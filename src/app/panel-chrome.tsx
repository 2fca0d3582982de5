import { CopyLink } from '../components/copy-link';
import type { PanelActionsProps, PanelChrome } from '../components/panel-chrome';
import { loadDeckButtons } from '../deck';
import { loadExportMenu, ShareBox } from '../export';
import { SlideFrame } from '../present';
import { besideData } from '../lib/beside-data';

const ExportMenu = besideData(loadExportMenu);
const DeckButtons = besideData(loadDeckButtons);

function PanelActions({ panel, section, chartShown, onShare }: PanelActionsProps) {
  return (
    <>
      <ExportMenu panel={panel} section={section} chartShown={chartShown} onShare={onShare} />
      <CopyLink
        label="Copy link to this panel"
        panel={panel.id}
        className="text-sm font-medium text-brand underline"
      />
      <DeckButtons id={panel.id} title={panel.title} />
    </>
  );
}

/** Every panel's exports, deck buttons and slide, from the capabilities that own them. */
export const PANEL_CHROME: PanelChrome = {
  Actions: PanelActions,
  Share: ShareBox,
  Slide: SlideFrame,
};
