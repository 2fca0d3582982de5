/**
 * Characters XML 1.0 cannot hold, even escaped: C0 controls other than tab, line feed and carriage
 * return (Word's soft line break, U+000B, among them), U+FFFE, U+FFFF and lone surrogates. One in
 * a PowerPoint part makes the whole file refuse to open.
 */
// Matching control characters is the point here.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe for an XML file: line and page breaks become line feeds, the rest is dropped. */
export function xmlText(text: string): string {
  return text.replace(FORBIDDEN, (c) => (c === '\u000B' || c === '\u000C' ? '\n' : ''));
}

/** At most `limit` UTF-16 units of `text`, never ending halfway through a character. */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Every string inside `value` (arrays and plain objects, however deep) made safe for XML. */
export function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return xmlText(value) as T;
  if (Array.isArray(value)) return value.map(xmlSafe) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafe(v)])) as T;
  return value;
}
