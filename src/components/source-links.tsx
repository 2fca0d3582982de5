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
