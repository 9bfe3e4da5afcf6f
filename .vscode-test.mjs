// The conventional route, for contributors whose machine can download a desktop VS Code:
//   npm run build && npx vscode-test
// It runs the same suites as `npm run test:integration` (test/integration/run.mjs), which uses the
// VS Code server from code-server and Debian's chromium instead, because these machines and CI
// cannot reach Microsoft's download servers.
import { defineConfig } from '@vscode/test-cli';
import path from 'node:path';
import { makeMultiRootWorkspace, makeTmp } from './test/integration/workbench.mjs';

const tmp = makeTmp('brief-lens-vscode-test-');
const workspaceFile = makeMultiRootWorkspace(tmp);
const workspace = path.join(tmp, 'workspace');

export default defineConfig({
  label: 'integration',
  files: 'out/integration/suite/**/*.test.js',
  workspaceFolder: workspaceFile,
  version: 'stable',
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  env: { BRIEF_LENS_TEST_WORKSPACE: workspace },
  mocha: { ui: 'tdd', timeout: 60_000, color: true },
});
