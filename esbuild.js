// Bundles the CLI and the extension into single CommonJS files under dist/.
// unified/remark are ESM-only; bundling lets CommonJS entry points use them.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // Replaced modules (native canvas, citation-js's fetching): see bundleAliases.js.
  alias: require('./bundleAliases')(__dirname),
  // pdf.js must load in VS Code's extension host (no assignable `navigator`): see bundlePatches.js.
  plugins: [require('./bundlePatches').pdfjsNavigatorPatch()],
};

const builds = [
  // tinyglobby's fdir calls createRequire(import.meta.url): give the CommonJS bundle a real URL.
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node\n"use strict";\nvar __importMetaUrl = require("url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__importMetaUrl' },
  },
  // The VS Code extension (issue 5): `vscode` is provided by the extension host.
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // Integration tests (test/integration): the mocha entry and one file per suite; they run inside VS Code.
  {
    ...common,
    entryPoints: ['test/integration/index.ts', ...integrationSuites()],
    outdir: 'out/integration',
    outbase: 'test/integration',
    external: ['vscode', 'mocha'],
    minify: false,
  },
];

function integrationSuites() {
  const dir = path.join(__dirname, 'test', 'integration', 'suite');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => `test/integration/suite/${f}`);
}

async function main() {
  if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
    return;
  }
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
