import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { startImports } from './import';
import { isSafeLink } from './state/url';
import { replaceBakedView } from './app/baked-view';
import './index.css';

void startImports({ safe: isSafeLink(window.location.search) });

const root = document.getElementById('root')!;
replaceBakedView(root);
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
