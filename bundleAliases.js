// Modules the bundles replace (esbuild `alias`), shared by esbuild.js and the bundle safety
// test so both build the same thing:
// - linkedom tries the native `canvas` package and falls back to its shim: bundle the shim.
// - citation-js's URL and DOI fetching (sync-fetch, node-fetch): an offline stub that throws.
const path = require('path');

module.exports = function bundleAliases(root) {
  const offline = path.join(root, 'src', 'core', 'bibliography', 'offlineFetch.cjs');
  return {
    canvas: path.join(root, 'node_modules', 'linkedom', 'commonjs', 'canvas-shim.cjs'),
    'sync-fetch': offline,
    'node-fetch': offline,
  };
};
