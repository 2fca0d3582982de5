// Loaded when the page checks for newer data files, never before the first chart.
import { DATA_FILES, parseDataset, type DataTexts } from './dataset';
import { TIMEOUT_MS, shownTexts, urlOf } from './queries';

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
  try {
    for (const f of DATA_FILES) {
      const response = await fetch(`${urlOf(f)}?check=${Date.now()}`, {
        cache: 'no-store',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!response.ok) return 'same';
      texts[f] = await response.text();
    }
  } catch {
    // A connection just back is often not usable for a few seconds: the caller asks again.
    return 'unreachable';
  }
  if (DATA_FILES.every((f) => texts[f] === shown[f])) return 'same';
  try {
    parseDataset(texts);
    return 'newer';
  } catch {
    // The host's files are broken: what is shown stays the best there is.
    return 'same';
  }
}
