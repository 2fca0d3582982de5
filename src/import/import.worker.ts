import { summarise, validateImport, type ImportContext, type ImportSummary } from './import';
import { packedBuffers } from '../data/packed-rows';

export interface WorkerRequest {
  file: Blob;
  ctx: ImportContext;
}

export type WorkerMessage =
  { type: 'progress'; checked: number; total: number } | { type: 'done'; summary: ImportSummary };

// Typed by hand: the project's lib is the DOM's, whose postMessage is the window's.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerMessage, transfer?: Transferable[]) => void;
};

scope.onmessage = async ({ data }) => {
  const text = await data.file.text();
  const result = validateImport(text, data.ctx, (checked, total) =>
    scope.postMessage({ type: 'progress', checked, total }),
  );
  const summary = summarise(result);
  scope.postMessage({ type: 'done', summary }, summary.packed ? packedBuffers(summary.packed) : []);
};
