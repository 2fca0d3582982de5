import { yearParam } from './period';

/** "platforms_2017-18_to_2018-19_share" */
export function exportName(panel: string, from: number, to: number, measure: string): string {
  return `${panel}_${yearParam(from)}_to_${yearParam(to)}_${measure}`;
}

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
