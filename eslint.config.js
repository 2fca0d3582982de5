import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

// The rooms of src/ (ARCHITECTURE.md): each capability and each panel is a folder with one public
// entry (index.ts), and imports run one way, from the app down to lib.
const CAPABILITIES = ['present', 'deck', 'export', 'import'];
// Each room and what it may import besides itself (imports inside one room are not checked).
const LAYERS = {
  main: ['app', 'import', 'state', 'data', 'lib'],
  app: ['app', 'feature', ...CAPABILITIES, 'components', 'state', 'data', 'lib'],
  ...Object.fromEntries(CAPABILITIES.map((name) => [name, ['components', 'state', 'data', 'lib']])),
  feature: ['components', 'state', 'data', 'lib'],
  components: ['state', 'data', 'lib'],
  state: ['data', 'lib'],
  data: ['lib'],
  lib: [],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML: render text as React children.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx'] } },
      'boundaries/elements': [
        { type: 'app', pattern: 'src/app' },
        ...CAPABILITIES.map((name) => ({ type: name, pattern: `src/${name}` })),
        { type: 'feature', pattern: 'src/features/*', capture: ['name'] },
        { type: 'components', pattern: 'src/components' },
        { type: 'state', pattern: 'src/state' },
        { type: 'data', pattern: 'src/data' },
        { type: 'lib', pattern: 'src/lib' },
        // Last, so it holds only what no room above holds: src/main.tsx.
        { type: 'main', pattern: 'src' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            'layering (ARCHITECTURE.md): {{from.type}} may not import {{to.type}} ({{dependency.source}}); imports run app → capabilities and features → components → state → data → lib, and a feature never imports another feature',
          policies: [
            ...Object.entries(LAYERS).map(([from, to]) => ({
              from: { element: { type: from } },
              allow: { to: { element: { type: to } } },
            })),
            {
              disallow: {
                to: {
                  element: { type: ['feature', ...CAPABILITIES], fileInternalPath: '!index.ts' },
                },
              },
              message:
                'public entry (ARCHITECTURE.md): import {{to.type}} through its index.ts, not {{dependency.source}}',
            },
          ],
        },
      ],
    },
  },
);
