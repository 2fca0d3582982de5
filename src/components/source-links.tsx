import type { Source } from '../data/schema';

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
          <a
            href={s.url}
            target="_blank"
            rel="noopener noreferrer"
            className="text-brand underline"
          >
            {s.publisher}
            {s.date ? `, ${s.date}` : ''}
          </a>
        </span>
      ))}
    </>
  );
}
