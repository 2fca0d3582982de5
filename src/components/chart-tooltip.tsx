import type { Observation, Source } from '../data/schema';
import { STATUS_TEXT } from '../data/format';
import { NARROW, useMediaQuery } from '../lib/use-media-query';
import { textColor } from '../lib/palette';
import { WantedTooltip } from './chart-box';

/** One figure in a tooltip: whose it is, its value as shown (with its mark), and what backs it. */
export interface TipLine {
  name: string;
  color?: string;
  value: string;
  /** The mark explained, the count behind an index, the source, an import… one line each. */
  details: string[];
}

/** What a chart's tooltip says for one hovered category (a year, a force, a platform). */
export interface Tip {
  title: string;
  lines: TipLine[];
}

/** "NSPCC, 2019-09" for each figure's source, and the file a figure was imported from. */
export function sourceDetails(
  sources: readonly Source[],
  ...observations: readonly (Observation | null | undefined)[]
): string[] {
  const names = new Set<string>();
  const imports = new Set<string>();
  let medium = false;
  for (const o of observations) {
    if (!o) continue;
    if (o.origin) imports.add(o.origin.fileName);
    const s = o.source ? sources.find((x) => x.id === o.source) : undefined;
    if (s) names.add(`${s.publisher}${s.date ? `, ${s.date}` : ''}`);
    // A figure's own confidence, else its source's (as figureConfidence reads it).
    if ((o.confidence ?? s?.confidence) === 'M') medium = true;
  }
  return [
    ...(names.size ? [`Source: ${[...names].join('; ')}`] : []),
    ...(medium ? ['Medium confidence: a figure from a single secondary outlet'] : []),
    ...[...imports].map((f) => `Imported from ${f}`),
  ];
}

/** The meaning of a value's mark, where it carries one (a bound's, or its status'). */
export function markDetails(
  status: Observation['status'],
  bound: Observation['bound'] = null,
): string[] {
  if (bound === 'over') return ['a bound: published as "over" this figure'];
  if (bound === 'under') return ['a bound: published as "nearly" or "almost" this figure'];
  return status === 'published' ? [] : [STATUS_TEXT[status]];
}

/**
 * How a tooltip lays out a list of this many figures so it is never taller than half the
 * viewport: one column for a few, two for more, and past eight only the figures themselves, with
 * their details left to the table.
 */
export function tipLayout(count: number) {
  const two = count > 4;
  return {
    card: `chart-tooltip max-h-[50vh] overflow-hidden rounded border border-slate-400 bg-white p-3 text-sm shadow-lg ${two ? 'w-max max-w-[min(36rem,90vw)]' : 'max-w-xs'}`,
    list: two ? 'mt-1 columns-2 gap-x-4 [&>li]:mb-2 [&>li]:break-inside-avoid' : 'mt-1 space-y-2',
    details: count <= 8,
    summary: count > 8 ? 'Details of each figure are in the table.' : null,
  };
}

/** A series' name in its colour, darkened to text contrast on the tooltip's white. */
export const tipNameStyle = (color: string | undefined) =>
  color ? { color: textColor(color, '#ffffff') } : undefined;

interface ContentProps {
  active?: boolean;
  payload?: readonly { payload?: { tip?: Tip } }[];
}

function TipCard({ active, payload }: ContentProps) {
  const tip = payload?.[0]?.payload?.tip;
  if (!active || !tip) return null;
  const layout = tipLayout(tip.lines.length);
  return (
    <div role="status" className={layout.card}>
      <p className="font-semibold">{tip.title}</p>
      <ul className={layout.list}>
        {tip.lines.map((l) => (
          <li key={l.name}>
            <span className="font-medium" style={tipNameStyle(l.color)}>
              {l.name}
            </span>
            : {l.value}
            {layout.details &&
              l.details.map((d) => (
                <span key={d} className="block text-slate-700">
                  {d}
                </span>
              ))}
          </li>
        ))}
      </ul>
      {layout.summary && <p className="mt-1 text-slate-700">{layout.summary}</p>}
    </div>
  );
}

/**
 * Where a tooltip goes: beside the pointer on wide screens; on phones, where a finger and a
 * tooltip would both hide the data, under the plotted area instead, over the key.
 */
export function useTooltipPlacement(height: number) {
  const narrow = useMediaQuery(NARROW);
  return narrow
    ? {
        position: { x: 0, y: height },
        allowEscapeViewBox: { x: false, y: true },
        wrapperStyle: { zIndex: 20 },
        isAnimationActive: false,
      }
    : { wrapperStyle: { zIndex: 20 }, isAnimationActive: false };
}

/**
 * A Recharts tooltip that reads the hovered row's `tip`: every chart builds its rows with one, so
 * each tooltip names the value, its mark, the year or category, the place and the source.
 * It is drawn once a pointer first comes over the chart (WantedTooltip).
 */
export function ChartTooltip({ height }: { height: number }) {
  const placement = useTooltipPlacement(height);
  return <WantedTooltip content={<TipCard />} {...placement} />;
}
