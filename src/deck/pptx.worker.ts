import { pptxFile } from './pptx-file';
import type { SlideSpec } from './pptx-spec';

export interface PptxRequest {
  slides: SlideSpec[];
  title: string;
}

export type PptxReply = { type: 'done'; file: Blob } | { type: 'failed'; message: string };

// Typed by hand: the project's lib is the DOM's, whose postMessage is the window's.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<PptxRequest>) => void) | null;
  postMessage: (message: PptxReply) => void;
};

scope.onmessage = async ({ data }) => {
  try {
    scope.postMessage({ type: 'done', file: await pptxFile(data.slides, data.title) });
  } catch (e) {
    scope.postMessage({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
  }
};
