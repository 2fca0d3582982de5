import { formatCount, formatPercent } from './format';
import type { PlatformFigure } from './platform-figures';
import type { Observation } from './schema';
import { INDICATORS, type Bound, type Status } from './vocabularies';

/** The units a figure is exported in: the tidy CSV's unit column. */
export type FigureUnit =
  'offences' | 'victims' | 'instances' | 'per 100 offences' | 'forces' | '%' | 'index' | 'pp';

/**
 * The figure behind a table cell, for the tidy CSV: its value unrounded as the table shows it,
 * and the published figures it is read from (one) or computed from (several). Place, platform,
 * age band and sex are the first input's.
 */
export interface CellFigure {
  /** An indicator id, or a computed measure ("offences_index", "platform_share_change"). */
  indicator: string;
  /** The period the figure is of; the first input's unless it spans two ("2017/18 to 2018/19"). */
  period: string;
  value: number;
  unit: FigureUnit;
  status: Status;
  bound: Bound | null;
  inputs: readonly Observation[];
  /** The published note, or for a computed figure its arithmetic. */
  note: string;
}

function unitOf(o: Observation): FigureUnit {
  if (o.indicator === 'forces_responding') return 'forces';
  const unit = INDICATORS[o.indicator]?.unit;
  return unit === 'percent' || unit === 'change' ? '%' : 'offences';
}

/** A figure as published. */
export function publishedFigure(o: Observation): CellFigure {
  return {
    indicator: o.indicator,
    period: o.periodText,
    value: o.value,
    unit: unitOf(o),
    status: o.status,
    bound: o.bound,
    inputs: [o],
    note: o.note,
  };
}

/** The figure of a cell that shows one observation, or none when there is none. */
export function figureOf(o: Observation | null | undefined): CellFigure | undefined {
  return o ? publishedFigure(o) : undefined;
}

/** A value computed here from published figures; `note` gives the arithmetic. */
export function computedFigure(
  f: Pick<CellFigure, 'indicator' | 'value' | 'unit' | 'status' | 'inputs' | 'note'> & {
    period?: string;
  },
): CellFigure {
  return { ...f, period: f.period ?? f.inputs[0]!.periodText, bound: null };
}

/** An offences figure indexed to its place's base-year figure (= 100). */
export function indexFigure(
  o: Observation,
  base: Observation,
  value: number,
  status: Status,
): CellFigure {
  return computedFigure({
    indicator: 'offences_index',
    value,
    unit: 'index',
    status,
    inputs: o === base ? [o] : [o, base],
    note: `${formatCount(o.value)} / ${formatCount(base.value)} × 100 (${base.periodText} = 100)`,
  });
}

/** part / whole × 100, computed here. */
export function shareFigure(
  indicator: string,
  part: Observation,
  whole: Observation,
  value: number,
  status: Status,
): CellFigure {
  return computedFigure({
    indicator,
    value,
    unit: '%',
    status,
    inputs: [part, whole],
    note: `${formatCount(part.value)} / ${formatCount(whole.value)} × 100`,
  });
}

/** A platform's share as shown: computed from its counts where they exist, else as published. */
export function platformShareFigure(f: PlatformFigure): CellFigure | undefined {
  if (!f.share) return undefined;
  if (!f.share.computed || !f.count || !f.methodKnown) return figureOf(f.publishedShare);
  const computed = shareFigure(
    'platform_share_computed',
    f.count,
    f.methodKnown,
    f.share.value,
    f.share.status,
  );
  const published = f.publishedShare
    ? `published as ${formatPercent(f.publishedShare.value)}`
    : 'no published share';
  return { ...computed, note: `${computed.note}; ${published}` };
}

/** A change between two figures of the same kind, computed here; `period` spans the two. */
export function changeFigure(
  indicator: string,
  a: CellFigure,
  b: CellFigure,
  value: number,
  unit: FigureUnit,
  status: Status,
  arithmetic: string,
  bound: Bound | null = null,
): CellFigure {
  const figure = computedFigure({
    indicator,
    period: `${a.period} to ${b.period}`,
    value,
    unit,
    status,
    inputs: [...new Set([...a.inputs, ...b.inputs])],
    note: arithmetic,
  });
  // A change from a share published as a bound is a bound itself, in its direction.
  return { ...figure, bound };
}
