import {
  createContext,
  useContext,
  type ComponentType,
  type ReactNode,
  type RefObject,
} from 'react';
import type { Source } from '../data/schema';
import type { DataTableProps } from './data-table';
import type { Presenting } from './presenting';

export interface PanelNote {
  label: string;
  text: string;
}

/** What a panel shows, as its frame has it: what its exports, deck slide and citation are made of. */
export interface PanelContent {
  id: string;
  title: string;
  /** The takeaway's lead, shown first; the full takeaway goes with it into every output. */
  headline: string;
  takeaway: string;
  caveats: readonly string[];
  notes: readonly PanelNote[];
  sources: readonly Source[];
  tables: readonly DataTableProps[];
}

export type ShareKind = 'cite' | 'embed';

/** What the citation and embed code are made of, taken when the user asks for them. */
export interface ShareRequest {
  kind: ShareKind;
  /** The panel's height on the page, in pixels: the frame's starting height. */
  height: number;
  filterLine: string;
  link: string;
  embedSrc: string;
  /** The host page's origin check and the message's type, for the height script. */
  origin: string;
  messageType: string;
}

export interface PanelActionsProps {
  panel: PanelContent;
  section: RefObject<HTMLElement | null>;
  chartShown: boolean;
  /** Opens the panel's citation or embed code under its takeaway. */
  onShare: (request: ShareRequest) => void;
}

export interface ShareProps {
  request: ShareRequest;
  panel: { title: string; sources: readonly Source[] };
  onClose: () => void;
}

export interface SlideFrameProps {
  id: string;
  headingId: string;
  title: string;
  headline: string;
  takeaway: string;
  caveats: readonly string[];
  /** One chart per slide; a panel with two charts shows them on two slides. */
  charts: readonly ReactNode[];
  tables: readonly DataTableProps[];
  sources: readonly Source[];
  presenting: Presenting;
}

/**
 * What a panel's frame draws from the capabilities above it (exports, decks, presenting), handed
 * down by the app so that shared UI imports none of them.
 */
export interface PanelChrome {
  /** The header's Export menu, link and deck buttons. */
  Actions: ComponentType<PanelActionsProps>;
  /** A citation or embed code asked for from the Export menu. */
  Share: ComponentType<ShareProps>;
  /** The panel as a slide, in presenter mode, a deck's print or a slide file. */
  Slide: ComponentType<SlideFrameProps>;
}

export const PanelChromeContext = createContext<PanelChrome | null>(null);

export function usePanelChrome(): PanelChrome | null {
  return useContext(PanelChromeContext);
}
