// Loaded when the page checks for newer data files, never before the first chart.
import { DATA_FILES, parseDataset, type DataTexts } from './dataset';
import { TIMEOUT_MS, shownTexts, urlOf } from './queries';

/**
 * Whether the host now has other (valid) data files than the ones shown: a tab left open, or
 * opened offline from the saved copy, would otherwise keep old figures without a word.
 */
export async function newerDataAvailable(): Promise<boolean> {
  const shown = shownTexts();
  if (!shown) return false;
  try {
    const texts = {} as DataTexts;
    for (const f of DATA_FILES) {
      const response = await fetch(`${urlOf(f)}?check=${Date.now()}`, {
        cache: 'no-store',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!response.ok) return false;
      texts[f] = await response.text();
    }
    if (DATA_FILES.every((f) => texts[f] === shown[f])) return false;
    parseDataset(texts);
    return true;
  } catch {
    // Offline, or the host's files are broken: what is shown stays the best there is.
    return false;
  }
}
