import type { Source } from '../data/schema';
import type { PanelExport } from './panel-export';

/** The dashboard's name, as a citation gives it. */
export const DASHBOARD = 'Online grooming of children: recorded offences dashboard';

type Cited = Pick<PanelExport, 'title' | 'filterLine' | 'sources' | 'link' | 'accessed'>;

/** "28 November 2026" */
export function citationDate(d: Date): string {
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The publications behind the figures; an import is not a publication. */
function publications(sources: readonly Source[]): Source[] {
  return sources.filter((s) => !s.imported);
}

/** "NSPCC (2019) Recorded online sexual grooming. Available at: https://…" */
export function sourceReference(s: Source): string {
  const year = s.date ? s.date.slice(0, 4) : 'n.d.';
  return `${s.publisher} (${year}) ${s.title}. ${s.url ? `Available at: ${s.url}` : 'Address not recorded.'}`;
}

/** One line, for a footnote or a caption. */
export function citationOneLine(p: Cited): string {
  const publishers = [...new Set(publications(p.sources).map((s) => s.publisher))];
  const from = publishers.length ? ` Figures from ${publishers.join('; ')}.` : '';
  return `${DASHBOARD}, "${p.title}" (${p.filterLine}).${from} ${p.link} (accessed ${citationDate(p.accessed)}).`;
}

/** The full form: the view, then every publication with its address (Harvard style). */
export function citationFull(p: Cited): string {
  const pubs = publications(p.sources);
  const imported = p.sources.length > pubs.length;
  return [
    `${DASHBOARD} (${p.accessed.getFullYear()}) ${p.title}: ${p.filterLine}. Available at: ${p.link} (Accessed: ${citationDate(p.accessed)}).`,
    '',
    pubs.length ? 'Underlying publications:' : 'No publication is cited for these figures.',
    ...pubs.map(sourceReference),
    ...(imported
      ? ['', 'Some figures were added in a browser from a CSV file and are not from a publication.']
      : []),
  ].join('\n');
}
