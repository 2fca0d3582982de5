import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from '../data/queries';
import { ImportsStatus, startImports, useDatasetWithImports } from '../import';
import { besideData, useBesideDataReady } from '../lib/beside-data';
import { useEmbed } from '../state/store';
import { startDeckWhenKept } from '../deck';
import { PanelChromeContext } from '../components/panel-chrome';
import { PanelsContext } from '../components/panel-registry';
import { PANEL_CHROME } from './panel-chrome';
import { DataError } from '../components/data-error';
import { KeptCopyNotice } from '../components/kept-copy-notice';
import { PANELS } from './panels';
// Started with the page: see beside-parts.ts.
import './beside-parts';

const Dashboard = besideData(() => import('./dashboard').then((m) => m.Dashboard));
const DataUpdateNotice = besideData(() =>
  import('../components/data-update-notice').then((m) => m.DataUpdateNotice),
);

const INTRODUCTION =
  "Police forces record offences of sexual communication with a child, an offence in force in England and Wales since April 2017. The NSPCC asks every force for its figures each year by Freedom of Information request and publishes the totals, with the platforms used and the victims' ages where the police gave them. Its releases gave England and Wales totals until 2020/21 and UK totals from 2021/22 (the UK includes Scotland's different offence); UK figures for earlier years are its 2024 revised series. Every number names where it was published; derived figures are marked †, approximate ones ≈, bounds > or <.";

/**
 * A skip link that moves focus, not only the scroll position: the panels arrive after the data,
 * so the target gets focusable when followed. Without its target yet, it falls back to <main>.
 */
function SkipLink({ target, children }: { target: string; children: string }) {
  return (
    <a
      href={`#${target}`}
      onClick={(e) => {
        const el = document.getElementById(target) ?? document.getElementById('main');
        if (!el) return;
        e.preventDefault();
        if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
        el.focus();
        el.scrollIntoView();
      }}
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2 focus:text-brand"
    >
      {children}
    </a>
  );
}

export function App() {
  const query = useQuery(datasetQuery());
  useEffect(() => void startImports(), []);
  useEffect(() => void startDeckWhenKept(), []);
  const { dataset, merging } = useDatasetWithImports(query.data);
  const codeReady = useBesideDataReady();
  const ready = dataset && codeReady;
  // An embedded panel stands alone in its host's frame: no skip link, no page header.
  const embedded = useEmbed() !== null;
  return (
    <PanelsContext value={PANELS}>
      <PanelChromeContext value={PANEL_CHROME}>
        {!embedded && (
          <>
            <SkipLink target="headline">Skip to the figures</SkipLink>
            <SkipLink target="filters-heading">Skip to the filters</SkipLink>
            <header className="bg-brand text-white">
              <div className="mx-auto max-w-7xl px-4 py-2 sm:py-3">
                <h1 className="text-xl font-bold sm:text-2xl">
                  Online grooming of children: recorded offences
                </h1>
                {/* The introduction folds to one line, so the figures and the trend chart are on
                    the first screen. */}
                <details className="mt-1 max-w-4xl text-sm text-blue-50 md:text-base">
                  <summary className="cursor-pointer">
                    <span className="font-semibold underline">About these figures</span>
                    <span className="max-sm:hidden">
                      : police records, as the NSPCC published them
                    </span>
                  </summary>
                  <p className="mt-1">{INTRODUCTION}</p>
                </details>
              </div>
            </header>
          </>
        )}
        <main id="main" tabIndex={-1} className="focus:outline-none">
          {query.isSuccess && <DataUpdateNotice onUpdate={() => void query.refetch()} />}
          <KeptCopyNotice />
          {(query.isPending || (query.isSuccess && !ready)) && (
            <p role="status" className="mx-auto max-w-7xl px-4 py-10 text-lg">
              Loading the figures…
            </p>
          )}
          {query.isError && (
            <DataError
              error={query.error}
              onRetry={() => void query.refetch()}
              retrying={query.isFetching}
            />
          )}
          {ready && <ImportsStatus merging={merging} />}
          {ready && <Dashboard dataset={dataset} merging={merging} />}
        </main>
      </PanelChromeContext>
    </PanelsContext>
  );
}
