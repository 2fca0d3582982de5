// The bench's yardstick: Recharts' own simple bar chart example (responsive, with grid, tooltip
// and legend) on the dashboard's libraries (React, TanStack Query, zustand), and nothing else;
// with one toggle (count or index, as the dashboard's measure) for the filter-change yardstick.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { create } from 'zustand';

const useStore = create<{ measure: string }>(() => ({ measure: 'count' }));

function Toggle() {
  const measure = useStore((s) => s.measure);
  return (
    <fieldset>
      <legend>Measure</legend>
      {['count', 'index'].map((m) => (
        <label key={m}>
          <input
            type="radio"
            name="measure"
            value={m}
            checked={measure === m}
            onChange={() => useStore.setState({ measure: m })}
          />
          {m}
        </label>
      ))}
    </fieldset>
  );
}

function Chart() {
  const measure = useStore((s) => s.measure);
  const { data } = useQuery({
    queryKey: ['data'],
    queryFn: async () => [
      { year: '2017/18', value: 3217 },
      { year: '2018/19', value: 4373 },
    ],
  });
  const rows = (data ?? []).map((d) => ({
    year: d.year,
    value: measure === 'index' ? (d.value / 3217) * 100 : d.value,
  }));
  return (
    <ResponsiveContainer width="100%" height={300}>
      <BarChart data={rows}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" />
        <YAxis />
        <Tooltip />
        <Legend />
        <Bar dataKey="value" fill="#12436D" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={new QueryClient()}>
    <Toggle />
    <Chart />
  </QueryClientProvider>,
);
