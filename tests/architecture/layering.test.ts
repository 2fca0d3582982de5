import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from './import-graph';

const root = path.resolve(__dirname, '../..');

/** What ESLint says of `code` were it the file at `file` (the file need not exist). */
async function lint(file: string, code: string) {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the one direction of imports (ARCHITECTURE.md)', () => {
  it('refuses a feature importing another feature, naming the rule', async () => {
    const said = await lint(
      'src/features/age/probe.ts',
      "import { TrendPanel } from '../trend';\nexport const probe = TrendPanel;\n",
    );
    expect(said).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: layering .*feature may not import feature/),
    ]);
  });

  it('refuses lib importing shared UI', async () => {
    const said = await lint(
      'src/lib/probe.ts',
      "import { ChartKey } from '../components/chart-key';\nexport const probe = ChartKey;\n",
    );
    expect(said).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: layering .*lib may not import components/),
    ]);
  });

  it("refuses the app reaching past a capability's public entry", async () => {
    const said = await lint(
      'src/app/probe.ts',
      "import { deckSlides } from '../deck/deck-store';\nexport const probe = deckSlides;\n",
    );
    expect(said).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: public entry .*index\.ts/),
    ]);
  });

  it('lets a feature use shared UI, state, data and lib, and its own files', async () => {
    const said = await lint(
      'src/features/age/probe.ts',
      [
        "import { ChartKey } from '../../components/chart-key';",
        "import { useMeasure } from '../../state/store';",
        "import { formatCount } from '../../data/format';",
        "import { clip } from '../../lib/clip';",
        "import { ageModel } from './series';",
        'export const probe = [ChartKey, useMeasure, formatCount, clip, ageModel];',
      ].join('\n') + '\n',
    );
    expect(said).toEqual([]);
  });
});

describe('the import graph', () => {
  it('has no circle in src/', () => {
    const graph = importGraph(path.join(root, 'src'));
    expect(graph.size).toBeGreaterThan(100);
    const rel = (f: string) => path.relative(root, f);
    expect(cycles(graph).map((c) => c.map(rel))).toEqual([]);
  });

  it('finds a circle where there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
  });
});
