// Lint config. Besides style, it holds the architecture's boundaries (docs/ARCHITECTURE.md):
// - the faces (src/cli, src/extension) and the Node adapters (src/node) use the engine only
//   through its public API, src/core/index.ts;
// - the engine (src/core) imports no Node built-in and no `vscode`: it runs in any JavaScript host;
// - the corpus (src/core/corpus) imports nothing from the claim analyser (src/core/claims).
// test/unit/architecture/boundaries.test.ts lints files that break each one and expects the error.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Node's built-in modules, bare (`fs`, `fs/promises`) or with the `node:` scheme. */
const NODE_BUILTIN = `^(?:node:.*|${builtinModules.filter((name) => !name.startsWith('_')).map(escape).join('|')})$`;

const BOUNDARIES = {
  vscode: {
    path: { name: 'vscode', message: 'Only src/extension may import vscode: the engine, the CLI and the Node adapters run without an editor.' },
  },
  nodeBuiltins: {
    pattern: { regex: NODE_BUILTIN, message: 'src/core imports no Node built-in: it runs in any JavaScript host. Take the capability through an interface (CorpusFileSystem, IndexCacheStore) and implement it in src/node.' },
  },
  coreInternals: {
    pattern: { regex: '^(?:\\.\\.?/)+core/.+', message: "Import the engine only through its public API, src/core/index.ts ('../core'); export what a face needs there." },
  },
  claimsFromCorpus: {
    pattern: { regex: '(?:^|/)claims(?:/|$)', message: 'src/core/corpus imports nothing from src/core/claims: indexing must not depend on how claims are read.' },
  },
};

/** `no-restricted-imports` options for a set of boundaries (a later config replaces the rule's options, so each area lists all of its own). */
function restrictedImports(...names) {
  const boundaries = names.map((name) => BOUNDARIES[name]);
  return ['error', {
    paths: boundaries.flatMap((boundary) => (boundary.path ? [boundary.path] : [])),
    patterns: boundaries.flatMap((boundary) => (boundary.pattern ? [boundary.pattern] : [])),
  }];
}

/**
 * `require(…)` and `import(…)` of the modules `source` (a regular expression) matches: they are
 * imports too. esquery reads a regular expression up to the next slash, so slashes are escaped.
 */
function noRequire(source, message) {
  const modules = `/${source.replace(/\//g, '\\u002F')}/`;
  return [
    { selector: `CallExpression[callee.name='require'][arguments.0.value=${modules}]`, message },
    { selector: `ImportExpression[source.value=${modules}]`, message },
  ];
}

const VSCODE = '^vscode$';
const HOST_MODULE = `^(?:vscode|${NODE_BUILTIN.slice(1, -1)})$`;

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test*/**', 'media/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': restrictedImports('vscode', 'nodeBuiltins'), 'no-restricted-syntax': ['error', ...noRequire(HOST_MODULE, 'src/core loads no Node built-in and no vscode, not even through require() or import(): it runs in any JavaScript host.')] },
  },
  {
    // House rule: no function over ~80 lines in the engine, so each stays readable as one decision.
    files: ['src/core/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['src/core/corpus/**/*.ts'],
    rules: { 'no-restricted-imports': restrictedImports('vscode', 'nodeBuiltins', 'claimsFromCorpus') },
  },
  {
    files: ['src/cli/**/*.ts', 'src/node/**/*.ts'],
    rules: { 'no-restricted-imports': restrictedImports('vscode', 'coreInternals'), 'no-restricted-syntax': ['error', ...noRequire(VSCODE, 'Only src/extension may load vscode, not even through require() or import().')] },
  },
  {
    files: ['src/extension/**/*.ts'],
    rules: { 'no-restricted-imports': restrictedImports('coreInternals') },
  },
);
