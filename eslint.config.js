// ESLint flat config. Syntax-only rules (no type information) so that `npm run lint` stays fast;
// the type checker (`npm run typecheck`) does the rest. Layout is Prettier's job: its config goes last.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'public/', 'node_modules/', 'coverage/', 'test-output/', 'bench/.out/', 'data/', 'geo/']),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // The tsconfig has verbatimModuleSyntax: a type must be imported as one.
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      // Off: the app cleans hostile spreadsheet and URL input, and its regexes that match control
      // characters do so on purpose (text.ts, problems.ts, url-state.ts and their tests).
      'no-control-regex': 'off',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-nocheck': true, 'ts-check': false, 'ts-expect-error': 'allow-with-description' },
      ],
    },
  },

  // The app runs in the browser (and its workers); scripts, build, bench, tests and configs run in Node.
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.worker.ts'],
    languageOptions: { globals: { ...globals.worker } },
  },
  {
    files: ['src/**/*.test.ts', 'scripts/**', 'build/**', 'bench/**', 'tests/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },

  // Components and hooks: the use-*.ts files, and the two modules that define a hook beside other code.
  {
    files: ['src/**/*.tsx', 'src/**/use-*.ts', 'src/shared/map/map-context.ts', 'src/state/store.ts'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // Two of the React Compiler's rules are off: they flag deliberate patterns used throughout,
      // and the app is not compiled by the React Compiler.
      // `refs`: the "latest value" ref (`latest.current = props` while rendering, read in effects
      // and map callbacks) keeps long-lived MapLibre / worker listeners from being re-bound.
      'react-hooks/refs': 'off',
      // `set-state-in-effect`: state reset when a prop changes (a new search, a new code), state
      // following the store, and state set once an external object (worker, Sigma) is made.
      'react-hooks/set-state-in-effect': 'off',
    },
  },

  // The house's layers: imports go downwards only (README, Architecture).
  // core ← pipeline · core ← state ← shared ← features ← app.
  ...layer('src/core/**', ['pipeline', 'state', 'shared', 'features', 'app'], { noUi: true }),
  ...layer('src/pipeline/**', ['state', 'shared', 'features', 'app'], { noUi: true, noNode: true }),
  ...layer('src/state/**', ['pipeline', 'shared', 'features', 'app']),
  ...layer('src/shared/**', ['pipeline', 'features', 'app'], { except: ['src/shared/i18n/strings.ts'] }),
  // The data workshop runs the pipeline's own code in the browser (issue 17), and the proposal form
  // checks a proposal with the pipeline's own readers (issue 18, lazily loaded): they alone may import it.
  ...layer('src/features/**', ['pipeline', 'app'], { except: ['src/features/workshop/**', 'src/features/proposals/**'] }),
  ...layer('src/features/{workshop,proposals}/**', ['app']),
  // The one dictionary gathers each room's strings.ts (strings only) so that t() checks every key.
  ...layer('src/shared/i18n/strings.ts', ['pipeline', 'app']),

  // Last: turns off every rule that Prettier's layout would contradict.
  prettier,
);

/**
 * A layer of the house: its files (tests apart) may not import from the folders above it.
 * `noUi`: no React, no MapLibre (pure TypeScript); `noNode`: no Node API (it runs in a browser worker too).
 */
function layer(files, above, { noUi = false, noNode = false, except = [] } = {}) {
  const patterns = above.map((folder) => ({
    group: [`**/${folder}/*`, `**/${folder}/**`],
    message: `${files} is below src/${folder}/: move the shared code down instead (README, Architecture).`,
  }));
  if (noUi)
    patterns.push({
      group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'maplibre-gl'],
      message: 'Domain code is pure TypeScript: React renders state, it does not compute it.',
    });
  if (noNode)
    patterns.push({
      group: ['node:*', 'fs', 'path', 'os'],
      message: 'The pipeline runs in a browser worker too: file access stays in scripts/.',
    });
  return [{ files: [files], ignores: ['**/*.test.ts', ...except], rules: { 'no-restricted-imports': ['error', { patterns }] } }];
}
