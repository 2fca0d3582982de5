import type { ReactNode } from 'react';
import type { Source } from '../data/schema';

/**
 * A link to the article or release itself. An import has no address, so it is named in plain
 * text; a publication whose address was not recorded says so rather than link to a home page.
 */
export function SourceAnchor({ source, children }: { source: Source; children: ReactNode }) {
  if (source.imported) return <span className="font-medium">{children}</span>;
  if (!source.url)
    return (
      <span>
        {children} <span className="text-slate-600">(address not recorded)</span>
      </span>
    );
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer" className="text-brand underline">
      {children}
    </a>
  );
}

/** "Sources: NSPCC, 2019-09; Heart West Midlands, 2019-09", each a link. */
export function SourceLinks({
  sources,
  label = 'Source:',
}: {
  sources: readonly Source[];
  label?: string;
}) {
  return (
    <>
      {label}{' '}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          <SourceAnchor source={s}>
            {s.publisher}
            {s.date ? `, ${s.date}` : ''}
          </SourceAnchor>
        </span>
      ))}
    </>
  );
}

/** "2019–2025" from the dates the sources carry; null when none has one. */
export function yearsOf(sources: readonly Source[]): string | null {
  const years = sources.flatMap((s) =>
    s.date && /^\d{4}/.test(s.date) ? [Number(s.date.slice(0, 4))] : [],
  );
  if (years.length === 0) return null;
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? `${first}` : `${first}–${last}`;
}

/**
 * The one-line source under a chart: "Sources: NSPCC figures from police FOI returns, 2019–2025,
 * as reported by 9 publications (list)". The list itself is in the panel's "Notes and sources".
 */
export function SourcesLine({
  sources,
  onList,
}: {
  sources: readonly Source[];
  onList: () => void;
}) {
  const published = sources.filter((s) => !s.imported);
  const imported = sources.length - published.length;
  const years = yearsOf(published);
  const parts = [
    published.length > 0 && (
      <span key="published">
        {/* On a phone the line keeps its count and years; what they are is one tap away. */}
        <span className="max-sm:hidden">NSPCC figures from police FOI returns, </span>
        {years ? `${years}, ` : ''}as reported by {published.length}{' '}
        {published.length === 1 ? 'publication' : 'publications'}
      </span>
    ),
    imported > 0 && (
      <span key="imported">
        {imported} {imported === 1 ? 'file' : 'files'} added in this browser (not checked)
      </span>
    ),
  ].filter(Boolean);
  return (
    <p className="mt-2 text-sm text-slate-700">
      <span className="font-semibold">{sources.length === 1 ? 'Source' : 'Sources'}:</span>{' '}
      {parts.flatMap((p, i) => (i > 0 ? ['; ', p] : [p]))}{' '}
      <button type="button" onClick={onList} className="min-h-6 text-brand underline">
        (list)
      </button>
    </p>
  );
}
