import { useMemo } from 'react';
import { figureConfidence, importSourceId, type Dataset } from '../data/dataset';
import { SourceAnchor } from './source-links';
import { CONFIDENCES } from '../data/vocabularies';
import { formatCount } from '../data/format';

/**
 * How many figures cite each source, and how many of them are rated otherwise than it. One pass
 * with nothing made per figure: an import can bring 200,000 figures.
 */
function citations(dataset: Dataset) {
  const cited = new Map<string, number>();
  // Figures rated below (or above) their outlet, counted per source.
  const rerated = new Map<string, number>();
  const perImport = new Map<string, number>();
  for (const o of dataset.observations) {
    if (o.origin) perImport.set(o.origin.id, (perImport.get(o.origin.id) ?? 0) + 1);
    if (!o.source) continue;
    cited.set(o.source, (cited.get(o.source) ?? 0) + 1);
    const source = dataset.sources.get(o.source);
    if (source && figureConfidence(dataset, o) !== source.confidence)
      rerated.set(source.id, (rerated.get(source.id) ?? 0) + 1);
  }
  for (const [id, count] of perImport) {
    const key = importSourceId(id);
    cited.set(key, (cited.get(key) ?? 0) + count);
  }
  return { cited, rerated };
}

/** Every source of the data set, with how many figures cite it. */
export function SourcesSection({ dataset }: { dataset: Dataset }) {
  const { cited, rerated } = useMemo(() => citations(dataset), [dataset]);
  return (
    <section
      id="sources"
      aria-labelledby="sources-heading"
      className="rounded-lg border border-slate-300 bg-white p-4 sm:p-6"
    >
      <h2 id="sources-heading" className="text-xl font-bold sm:text-2xl">
        All sources
      </h2>
      <p className="mt-2 text-sm text-slate-700">
        Confidence belongs to each figure: high where the NSPCC's own page or several outlets agree,
        medium for a figure from a single secondary outlet, even when the outlet's other figures are
        high.
      </p>
      <ul className="mt-3 space-y-2 text-sm">
        {[...dataset.sources.values()].map((s) => (
          <li key={s.id}>
            <SourceAnchor source={s}>
              <span className="font-medium">{s.title}</span>
            </SourceAnchor>{' '}
            — {s.publisher}
            {s.date ? `, ${s.date}` : ''}.{' '}
            {!s.imported ? `Confidence: ${CONFIDENCES[s.confidence].toLowerCase()}` : ''}
            {rerated.get(s.id)
              ? ` (${rerated.get(s.id)} of its figures rated ${s.confidence === 'H' ? 'medium' : 'high'}).`
              : !s.imported
                ? '.'
                : ''}{' '}
            Cited by {formatCount(cited.get(s.id) ?? 0)}{' '}
            {cited.get(s.id) === 1 ? 'figure' : 'figures'}.
            {s.note && <span className="block text-slate-600">{s.note}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
