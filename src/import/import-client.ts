import {
  fileProblem,
  summarise,
  validateImport,
  type ImportContext,
  type ImportSummary,
} from './import';
import type { WorkerMessage, WorkerRequest } from './import.worker';

export type Progress = (checked: number, total: number) => void;

/**
 * Reads and validates a file in a Web Worker, so that a 100,000-row file does not freeze the
 * page; on the main thread where workers are missing (tests, very old browsers).
 */
export function validateFile(
  file: File,
  ctx: ImportContext,
  onProgress: Progress,
  signal?: AbortSignal,
): Promise<ImportSummary> {
  const problem = fileProblem(file);
  if (problem) return Promise.resolve(summarise(problem));
  if (typeof Worker === 'undefined')
    return file.text().then((text) => summarise(validateImport(text, ctx, onProgress)));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    const stop = () => worker.terminate();
    signal?.addEventListener('abort', () => {
      stop();
      reject(signal.reason);
    });
    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      if (data.type === 'progress') onProgress(data.checked, data.total);
      else {
        stop();
        resolve(data.summary);
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      stop();
      // The dialog says "The file could not be read: …"; this is the why.
      reject(new Error(`the checker stopped${e.message ? ` (${e.message})` : ''}`));
    };
    worker.postMessage({ file, ctx } satisfies WorkerRequest);
  });
}
