import type { SlideSpec } from './pptx-spec';
import type { PptxReply, PptxRequest } from './pptx.worker';

/**
 * Builds the PowerPoint file in a Web Worker: writing 60 slides' XML and zipping it held the page
 * for 200 ms in one task. On the main thread where workers are missing (tests, very old browsers).
 */
export function buildPptx(slides: SlideSpec[], title: string): Promise<Blob> {
  if (typeof Worker === 'undefined')
    return import('./pptx-file').then(({ pptxFile }) => pptxFile(slides, title));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pptx.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<PptxReply>) => {
      worker.terminate();
      if (data.type === 'done') resolve(data.file);
      else reject(new Error(data.message));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      reject(new Error(`the file could not be built${e.message ? ` (${e.message})` : ''}`));
    };
    worker.postMessage({ slides, title } satisfies PptxRequest);
  });
}
