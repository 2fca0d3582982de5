import { validateImport, type ImportContext } from './import';

export interface WorkerRequest {
  file: Blob;
  ctx: ImportContext;
}

export type WorkerMessage =
  | { type: 'progress'; checked: number; total: number }
  | { type: 'done'; result: ReturnType<typeof validateImport> };

// Typed by hand: the project's lib is the DOM's, whose postMessage is the window's.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerMessage) => void;
};

scope.onmessage = async ({ data }) => {
  const text = await data.file.text();
  const result = validateImport(text, data.ctx, (checked, total) =>
    scope.postMessage({ type: 'progress', checked, total }),
  );
  scope.postMessage({ type: 'done', result });
};
