import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

// In a file of its own: the address is read once per page, as the page starts.
describe('a link view', () => {
  it("is drawn as the link says from the first drawing: never the default view's figures first (#27)", async () => {
    // Every chart label ever put in the page: the records keep a label replaced or removed
    // before the observer was called.
    const drawn: string[] = [];
    const labelsIn = (node: Node) =>
      node instanceof Element
        ? [node, ...node.querySelectorAll('figure[aria-label]')].flatMap((el) =>
            el.matches('figure[aria-label]') ? [el.getAttribute('aria-label')!] : [],
          )
        : [];
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && r.oldValue) drawn.push(r.oldValue);
        for (const node of [...r.addedNodes, ...r.removedNodes]) drawn.push(...labelsIn(node));
      }
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-label'],
      attributeOldValue: true,
    });
    renderApp('/?geo=england-wales&measure=index');
    await screen.findByRole('region', { name: 'Offences over time' });
    observer.disconnect();
    const trend = drawn.filter((label) => label.startsWith('Line chart'));
    expect(trend.length).toBeGreaterThan(0);
    // The default view draws the UK and the West Midlands region, as counts.
    for (const label of trend) {
      expect(label).not.toMatch(/United Kingdom|West Midlands/);
      expect(label).toMatch(/2017\/18 = 100/);
    }
  });
});
