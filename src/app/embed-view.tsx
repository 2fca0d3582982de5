import { useEffect, useRef } from 'react';
import { EmbedContext } from '../components/embed-context';
import { useFilterLine } from '../state/filter-line';
import { PanelBoundary } from '../components/panel-boundary';
import type { Dataset } from '../data/dataset';
import { EMBED_MESSAGE, viewLink } from '../lib/view-link';
import type { PanelId } from '../state/filters';
import { PANELS } from './panels';

/**
 * One panel alone, for an <iframe> on another site (`?embed=trend`): no page header or filter bar.
 * The panel tells the host page its height whenever it changes, so the frame can follow it.
 */
export function EmbedView({ dataset, panel }: { dataset: Dataset; panel: PanelId }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = box.current;
    if (!node || window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(node.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // Only a height leaves the frame: any page may embed the panel and read it.
      window.parent.postMessage({ type: EMBED_MESSAGE, panel, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(node);
    post();
    return () => observer.disconnect();
  }, [panel]);
  const filterLine = useFilterLine(dataset, panel);
  const { Component } = PANELS.find((p) => p.id === panel)!;
  return (
    <EmbedContext value={{ panel, filterLine, fullLink: viewLink(panel) }}>
      <div ref={box} className="embedded p-2">
        <PanelBoundary id={panel}>
          <Component dataset={dataset} />
        </PanelBoundary>
      </div>
    </EmbedContext>
  );
}
