import { Component, Suspense, type ReactNode } from 'react';

/** An error that can be retried: a panel whose code failed to download asks for it again. */
export interface RetryableError extends Error {
  retry?: () => void;
}

interface Props {
  id: string;
  children: ReactNode;
}

/** Holds the place of a panel whose code is loading (or waits for the first screen). */
export function PanelPlaceholder() {
  return (
    <p role="status" className="min-h-96 rounded-lg border border-slate-300 bg-white p-6">
      Loading this panel…
    </p>
  );
}

/**
 * Keeps a failure inside one panel: the panel says so, the rest of the page works. Also holds
 * the place of a panel whose code is still loading.
 */
export class PanelBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) {
      return <Suspense fallback={<PanelPlaceholder />}>{this.props.children}</Suspense>;
    }
    return (
      <section
        id={this.props.id}
        aria-labelledby={`${this.props.id}-heading`}
        role="alert"
        className="rounded-lg border-l-4 border-red-700 bg-red-50 p-4 text-red-950"
      >
        <h2 id={`${this.props.id}-heading`} className="text-xl font-bold">
          This panel could not be drawn
        </h2>
        <p className="mt-1">
          {error.message}. The other panels are unaffected; changing the filters or reloading may
          help.
        </p>
        <button
          type="button"
          onClick={() => {
            (error as RetryableError).retry?.();
            this.setState({ error: null });
          }}
          className="mt-2 rounded bg-red-800 px-3 py-1 font-semibold text-white"
        >
          Try again
        </button>
      </section>
    );
  }
}
