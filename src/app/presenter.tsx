import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { PresentingContext } from '../components/presenting';
import type { Dataset } from '../data/dataset';
import { useFilterActions, usePanel, useView } from '../state/store';
import { PANELS } from './panels';
import { PanelBoundary } from '../components/panel-boundary';

type Theme = 'light' | 'dark';
const THEME_KEY = 'presenter-theme';

function loadTheme(): Theme {
  try {
    return localStorage.getItem(THEME_KEY) === 'dark' ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

function saveTheme(theme: Theme) {
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Private browsing can refuse storage; the theme then lasts for this visit only.
  }
}

function useWindowHeight(): number {
  return useSyncExternalStore(
    (notify) => {
      window.addEventListener('resize', notify);
      return () => window.removeEventListener('resize', notify);
    },
    () => window.innerHeight,
  );
}

function toggleFullScreen() {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

const button =
  'rounded border border-current px-3 py-1 text-base font-semibold hover:bg-slate-200 focus-visible:outline-3';

/**
 * One panel at a time, filling the screen, driven by the keyboard: → / PageDown / Space next,
 * ← / PageUp previous, Home / End, t chart or table, f full screen, Esc leaves. The panel is in the
 * URL, so a link can open straight on a slide.
 */
export function Presenter({ dataset }: { dataset: Dataset }) {
  const panel = usePanel();
  const view = useView();
  const { setPanel, setPresent, setView } = useFilterActions();
  const [theme, setTheme] = useState<Theme>(loadTheme);
  const root = useRef<HTMLDivElement>(null);
  const height = useWindowHeight();
  const index = Math.max(
    0,
    PANELS.findIndex((p) => p.id === panel),
  );
  const { id, Component } = PANELS[index]!;

  useEffect(() => {
    root.current?.focus();
    // Put the slide in the URL from the start, so the link always reopens this slide.
    if (!panel) setPanel(PANELS[0]!.id);
  }, [panel, setPanel]);

  useEffect(() => {
    const go = (i: number) => setPanel(PANELS[Math.min(PANELS.length - 1, Math.max(0, i))]!.id);
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.target instanceof HTMLElement && e.target.closest('input, select, textarea')) return;
      const onButton = e.target instanceof HTMLElement && e.target.closest('button');
      const actions: Record<string, () => void> = {
        ArrowRight: () => go(index + 1),
        PageDown: () => go(index + 1),
        ArrowLeft: () => go(index - 1),
        PageUp: () => go(index - 1),
        Home: () => go(0),
        End: () => go(PANELS.length - 1),
        Escape: () => setPresent(false),
        f: toggleFullScreen,
        t: () => setView(view === 'chart' ? 'table' : 'chart'),
      };
      // Space presses a focused button; elsewhere it moves on, as in slide software.
      if (e.key === ' ' && !onButton) actions[' '] = () => go(index + 1);
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, view, setPanel, setPresent, setView]);

  const switchTheme = () => {
    const next = theme === 'light' ? 'dark' : 'light';
    setTheme(next);
    saveTheme(next);
  };

  return (
    <div
      ref={root}
      tabIndex={-1}
      role="region"
      aria-label="Presenter mode"
      className={`presenter theme-${theme} fixed inset-0 z-40 flex flex-col overflow-auto focus:outline-none`}
    >
      <div className="presenter-bar flex flex-wrap items-center justify-between gap-2 px-6 py-2 text-base">
        <p aria-live="polite">
          Slide {index + 1} of {PANELS.length}
        </p>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={button}
            onClick={() => setPanel(PANELS[Math.max(0, index - 1)]!.id)}
            disabled={index === 0}
          >
            ← Previous
          </button>
          <button
            type="button"
            className={button}
            onClick={() => setPanel(PANELS[Math.min(PANELS.length - 1, index + 1)]!.id)}
            disabled={index === PANELS.length - 1}
          >
            Next →
          </button>
          <button
            type="button"
            className={button}
            onClick={switchTheme}
            aria-pressed={theme === 'dark'}
          >
            Dark theme
          </button>
          <button type="button" className={button} onClick={toggleFullScreen}>
            Full screen (f)
          </button>
          <button type="button" className={button} onClick={() => setPresent(false)}>
            Exit (Esc)
          </button>
        </div>
      </div>
      <div className="flex-1 px-6 pb-6">
        <PresentingContext.Provider value={{ chartHeight: Math.max(260, height - 360) }}>
          <PanelBoundary key={id} id={id}>
            <Component dataset={dataset} />
          </PanelBoundary>
        </PresentingContext.Provider>
      </div>
    </div>
  );
}
