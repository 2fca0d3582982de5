// The bench's yardstick: the same libraries as the dashboard (React, Recharts, TanStack Query,
// zustand) drawing one bar chart, and nothing else.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import { create } from 'zustand';

const useStore = create<{ measure: string }>(() => ({ measure: 'count' }));

function Chart() {
  const measure = useStore((s) => s.measure);
  const { data } = useQuery({
    queryKey: ['data', measure],
    queryFn: async () => [
      { year: '2017/18', value: 3217 },
      { year: '2018/19', value: 4373 },
    ],
  });
  return (
    <BarChart width={600} height={300} data={data ?? []}>
      <XAxis dataKey="year" />
      <YAxis />
      <Bar dataKey="value" fill="#12436D" isAnimationActive={false} />
    </BarChart>
  );
}

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={new QueryClient()}>
    <Chart />
  </QueryClientProvider>,
);
