import { useCallback, useEffect, useRef, useState } from 'react';
import { openPresenterWindow, POPUP_BLOCKED } from '../lib/presenter-window';
import {
  CONSOLE_CHANNEL,
  parseMessage,
  type ConsoleMessage,
  type SlideState,
} from './console-channel';

export interface ConsoleLink {
  /** Opens the presenter view (from a click). */
  open: () => void;
  /** Whether a presenter view is following this window. */
  connected: boolean;
  /** Why the presenter view could not be opened; null when it could. */
  problem: string | null;
}

/**
 * The audience window's side of the presenter view: it tells the view where the presentation is,
 * whenever that changes or the view asks, and goes where the view says. Closing or leaving
 * presenter mode is said, so the view can offer to reopen this window.
 */
export function useConsoleLink(state: SlideState, go: (index: number) => void): ConsoleLink {
  const [connected, setConnected] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef({ state, go });
  useEffect(() => {
    latest.current = { state, go };
  }, [state, go]);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CONSOLE_CHANNEL);
    channel.current = ch;
    const send = (m: ConsoleMessage) => ch.postMessage(m);
    ch.onmessage = (e: MessageEvent) => {
      const m = parseMessage(e.data);
      if (m?.type === 'hello') {
        setConnected(true);
        send({ type: 'state', ...latest.current.state });
      } else if (m?.type === 'go') {
        setConnected(true);
        if (m.index < latest.current.state.slides.length) latest.current.go(m.index);
      } else if (m?.type === 'bye' && m.from === 'console') setConnected(false);
    };
    const closing = () => send({ type: 'bye', from: 'audience', reason: 'closed' });
    window.addEventListener('pagehide', closing);
    return () => {
      window.removeEventListener('pagehide', closing);
      send({ type: 'bye', from: 'audience', reason: 'exited' });
      ch.close();
      channel.current = null;
    };
  }, []);

  useEffect(() => {
    channel.current?.postMessage({ type: 'state', ...state } satisfies ConsoleMessage);
  }, [state]);

  const open = useCallback(() => {
    setProblem(openPresenterWindow() ? null : POPUP_BLOCKED);
  }, []);
  return { open, connected, problem };
}
