// Source patches the bundles apply (esbuild plugins), shared by esbuild.js.
// - pdf.js (inside unpdf's serverless build) polyfills `globalThis.navigator ??= {}` when its
//   module loads. VS Code's extension host defines `navigator` as a getter-only global that
//   returns undefined (https://aka.ms/vscode-extensions/navigator), so that assignment throws and
//   no PDF could be read in the editor. Text extraction needs no browser detection: the polyfill
//   is dropped and pdf.js's platform test reads an empty platform instead of `navigator`.
//   The build fails when the patterns are no longer found (an unpdf upgrade must be looked at).
const fs = require('fs');

const PDFJS_PATCHES = [
  { pattern: /globalThis\.navigator\?\?=\{\},globalThis\.navigator\.platform\?\?="",globalThis\.navigator\.userAgent\?\?=""/g, replacement: 'void 0', expected: 1 },
  { pattern: /const\{platform:(\w+),userAgent:(\w+)\}=navigator;/g, replacement: 'const{platform:$1,userAgent:$2}={platform:"",userAgent:""};', expected: 2 },
];

function pdfjsNavigatorPatch() {
  return {
    name: 'pdfjs-navigator',
    setup(build) {
      build.onLoad({ filter: /[\\/]unpdf[\\/]dist[\\/]pdfjs\.mjs$/ }, async (args) => {
        let contents = await fs.promises.readFile(args.path, 'utf8');
        for (const { pattern, replacement, expected } of PDFJS_PATCHES) {
          const found = contents.match(pattern)?.length ?? 0;
          if (found !== expected) throw new Error(`bundlePatches.js: expected ${expected} match(es) of ${pattern} in ${args.path}, found ${found}`);
          contents = contents.replace(pattern, replacement);
        }
        return { contents, loader: 'js' };
      });
    },
  };
}

module.exports = { pdfjsNavigatorPatch };
