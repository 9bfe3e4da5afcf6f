// The report's stylesheet, inlined into the page (no file or network fetch). Verdicts are told
// apart by a symbol and an underline style as well as by colour; the colours keep a 4.5:1
// contrast on the page background in light and dark schemes. VS Code's webview sets
// `vscode-dark` / `vscode-high-contrast` on <body>; a browser follows prefers-color-scheme. Cards
// skip layout while off screen (content-visibility): a 2,000-claim report loads about 3× faster.
export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0;
  --supported: #1a7f37; --supported-bg: #dafbe1; --contradicted: #b3261e; --contradicted-bg: #ffebe9;
  --unsupported: #8a5a00; --unsupported-bg: #fff8c5; --opinion: #59636e; --opinion-bg: #eff2f5; --link: #0550ae; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d;
  --supported: #4ac26b; --supported-bg: #12261e; --contradicted: #ff8182; --contradicted-bg: #2d1215; --unsupported: #e3b341;
  --unsupported-bg: #2b2111; --opinion: #9198a1; --opinion-bg: #1c2128; --link: #6cb6ff; } }
body.vscode-light { --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0; --link: #0550ae;
  --supported: #1a7f37; --supported-bg: #dafbe1; --contradicted: #b3261e; --contradicted-bg: #ffebe9;
  --unsupported: #8a5a00; --unsupported-bg: #fff8c5; --opinion: #59636e; --opinion-bg: #eff2f5; }
body.vscode-dark, body.vscode-high-contrast { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d;
  --supported: #4ac26b; --supported-bg: #12261e; --contradicted: #ff8182; --contradicted-bg: #2d1215; --unsupported: #e3b341;
  --unsupported-bg: #2b2111; --opinion: #9198a1; --opinion-bg: #1c2128; --link: #6cb6ff; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
a { color: var(--link); }
.muted, .meta { color: var(--muted); font-size: .9rem; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .25rem .5rem; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: middle; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
th.count { font-size: .85rem; line-height: 1.25; }
th.count .verdict { display: inline-block; max-width: 6.5rem; }
@media (max-width: 40rem) { .share { display: none; } th, td { padding: .25rem .3rem; } }
.bar { display: block; width: 100%; min-width: 8rem; height: .9rem; }
.bar .seg-supported { fill: var(--supported); } .bar .seg-contradicted { fill: url(#hatch-contradicted); }
.bar .seg-unsupported { fill: url(#dots-unsupported); } .bar .seg-opinion { fill: var(--opinion-bg); stroke: var(--opinion); stroke-width: .3; }
.pat-contradicted-bg { fill: var(--contradicted); } .pat-contradicted-fg { stroke: var(--contradicted-bg); stroke-width: 1; }
.pat-unsupported-bg { fill: var(--unsupported); } .pat-unsupported-fg { fill: var(--unsupported-bg); }
.icon { display: inline-block; min-width: 1.1em; font-weight: 700; text-align: center; }
.v-supported .icon, .verdict.v-supported { color: var(--supported); }
.v-contradicted .icon, .verdict.v-contradicted { color: var(--contradicted); }
.v-unsupported .icon, .verdict.v-unsupported { color: var(--unsupported); }
.v-opinion .icon, .verdict.v-opinion { color: var(--opinion); }
.doc { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .25rem 1rem; }
.doc p { white-space: pre-wrap; overflow-wrap: anywhere; }
a.claim { color: inherit; text-decoration-thickness: 2px; text-underline-offset: 3px; border-radius: 3px; padding: 0 .1em; }
a.claim.v-supported { background: var(--supported-bg); text-decoration: underline solid var(--supported); }
a.claim.v-contradicted { background: var(--contradicted-bg); text-decoration: underline wavy var(--contradicted); }
a.claim.v-unsupported { background: var(--unsupported-bg); text-decoration: underline dashed var(--unsupported); }
a.claim.v-opinion { background: var(--opinion-bg); text-decoration: underline dotted var(--opinion); }
a.claim:focus-visible, a:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
ol.cards { list-style: none; padding: 0; margin: 0; }
.card { border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: .5rem 1rem; margin: .75rem 0; break-inside: avoid;
  content-visibility: auto; contain-intrinsic-size: auto 14rem; }
.card.v-supported { border-left-color: var(--supported); } .card.v-contradicted { border-left-color: var(--contradicted); border-left-style: double; }
.card.v-unsupported { border-left-color: var(--unsupported); border-left-style: dashed; } .card.v-opinion { border-left-color: var(--opinion); border-left-style: dotted; }
.card .claim-text { margin: .25rem 0; font-size: 1.02rem; overflow-wrap: anywhere; }
.verdict { font-weight: 700; }
.why { margin: .25rem 0; white-space: pre-line; }
blockquote { margin: .5rem 0; padding: .25rem .75rem; border-left: 3px solid var(--line); background: var(--panel); overflow-wrap: anywhere; }
figure { margin: .5rem 0 .75rem; } figcaption { font-size: .9rem; color: var(--muted); }
ul.findings { margin: .25rem 0; padding-left: 1.25rem; } code { font-size: .9em; }
footer { padding: 2rem 1.25rem; color: var(--muted); font-size: .85rem; }
@media print {
  :root, body { --fg: #000; --bg: #fff; --panel: #fff; --muted: #333; --link: #000; background: #fff; color: #000; }
  body { font-size: 11pt; } .skip { display: none; } header, main, footer { max-width: none; padding: 0; }
  h2 { break-after: avoid; } .card, figure, tr { break-inside: avoid; } .card { content-visibility: visible; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .8em; overflow-wrap: anywhere; }
  a.claim { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
