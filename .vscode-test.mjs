// The conventional route, for contributors whose machine can download a desktop VS Code:
//   npm run build && npx vscode-test
// It runs the same suites as `npm run test:integration` (test/integration/run.mjs), which uses the
// VS Code server from code-server and Debian's chromium instead, because these machines and CI
// cannot reach Microsoft's download servers.
import { defineConfig } from '@vscode/test-cli';
import { makeTmp, makeWorkspace } from './test/integration/workbench.mjs';

const workspace = makeWorkspace(makeTmp('brief-lens-vscode-test-'));

export default defineConfig({
  label: 'integration',
  files: 'out/integration/suite/**/*.test.js',
  workspaceFolder: workspace,
  version: 'stable',
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  env: { BRIEF_LENS_TEST_WORKSPACE: workspace },
  mocha: { ui: 'tdd', timeout: 60_000, color: true },
});
