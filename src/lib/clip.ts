/** Longest piece of a user's input echoed back in a message: a message must stay readable and
 * cheap to lay out whatever was typed, pasted or imported. */
export const ECHO_LIMIT = 60;

/** The text with control characters dropped, cut to `limit` characters with "…" when longer. */
export function clip(text: string, limit = ECHO_LIMIT): string {
  // Only the start is ever shown: cleaning a 5 MB value whole would cost time for nothing.
  const head = text.length > limit ? text.slice(0, limit + 1) : text;
  const clean = [...head].filter((c) => c >= ' ' && c !== '\u007f').join('');
  return clean.length > limit ? `${clean.slice(0, limit)}…` : clean;
}
