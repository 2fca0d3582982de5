// Loaded when the page checks for newer data files, never before the first chart.
import { DATA_FILES, type DataFile, type DataTexts } from './dataset';
import { parseDataset } from './parse-dataset';
import { decodeText } from './manifest';
import { TIMEOUT_MS, differsFromManifest, fetchManifest, shownTexts, urlOf } from './queries';

/** What the host has: newer valid files, the ones shown (or broken ones), or no answer yet. */
export type HostData = 'newer' | 'same' | 'unreachable';

/**
 * Whether the host now has other (valid) data files than the ones shown: a tab left open, or
 * opened offline from the saved copy, would otherwise keep old figures without a word.
 */
export async function checkHostData(): Promise<HostData> {
  const shown = shownTexts();
  if (!shown) return 'same';
  const texts = {} as DataTexts;
  const bytes = {} as Record<DataFile, Uint8Array<ArrayBuffer>>;
  const ask = (file: DataFile | 'manifest.json') =>
    fetch(`${urlOf(file)}?check=${Date.now()}`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  try {
    for (const f of DATA_FILES) {
      const response = await ask(f);
      if (!response.ok) return 'same';
      bytes[f] = new Uint8Array(await response.arrayBuffer());
      texts[f] = decodeText(bytes[f]);
    }
  } catch {
    // A connection just back is often not usable for a few seconds: the caller asks again.
    return 'unreachable';
  }
  if (DATA_FILES.every((f) => texts[f] === shown[f])) return 'same';
  // Files cut or replaced on the host are not a newer release.
  if (
    await differsFromManifest(
      bytes,
      texts,
      await fetchManifest(AbortSignal.timeout(TIMEOUT_MS), () => ask('manifest.json')),
    )
  )
    return 'same';
  try {
    parseDataset(texts);
    return 'newer';
  } catch {
    // The host's files are broken: what is shown stays the best there is.
    return 'same';
  }
}
