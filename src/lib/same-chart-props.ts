/** Each model's text, kept: the model a chart was last drawn from is compared on every change. */
const texts = new WeakMap<object, string>();

/** A model as the chart sees it: caveats are shown by the panel, not drawn. */
function drawn(model: object): string {
  let text = texts.get(model);
  if (text === undefined) {
    text = JSON.stringify(model, (key, value: unknown) => (key === 'caveats' ? undefined : value));
    texts.set(model, text);
  }
  return text;
}

/**
 * For React.memo on a chart: it repaints only when what it draws changes. A filter change builds
 * every panel's model again, often equal to the last one (the index measure leaves a bar chart of
 * counts as it was), and redrawing an unchanged Recharts chart is the costly part of a change.
 */
export function sameChartProps<P extends { model: object }>(a: P, b: P): boolean {
  for (const key of Object.keys(a) as (keyof P)[])
    if (key !== 'model' && a[key] !== b[key]) return false;
  return a.model === b.model || drawn(a.model) === drawn(b.model);
}
