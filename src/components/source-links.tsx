import type { ReactNode } from 'react';
import type { Source } from '../data/schema';

/** A link to a source; an import has no address, so it is named in plain text. */
export function SourceAnchor({ source, children }: { source: Source; children: ReactNode }) {
  if (!source.url) return <span className="font-medium">{children}</span>;
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
