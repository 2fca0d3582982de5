import { figureConfidence, importSourceId, type Dataset } from '../data/dataset';
import { SourceAnchor } from './source-links';
import { CONFIDENCES } from '../data/vocabularies';
import { formatCount } from '../data/format';

/** Every source of the data set, with how many figures cite it. */
export function SourcesSection({ dataset }: { dataset: Dataset }) {
  const cited = new Map<string, number>();
  // Figures rated below (or above) their outlet, counted per source.
  const rerated = new Map<string, number>();
  for (const o of dataset.observations) {
    for (const id of [o.source, o.origin && importSourceId(o.origin.id)])
      if (id) cited.set(id, (cited.get(id) ?? 0) + 1);
    const source = o.source ? dataset.sources.get(o.source) : undefined;
    if (source && figureConfidence(dataset, o) !== source.confidence)
      rerated.set(source.id, (rerated.get(source.id) ?? 0) + 1);
  }
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
