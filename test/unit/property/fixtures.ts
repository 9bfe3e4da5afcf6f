// Material for the property tests and scripts/fuzz.ts: an example brief that exercises every
// finding, and the nasty inputs issue 7 lists. Shared by the mocha properties and the fuzz script.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SEEDS = path.join(REPO_ROOT, 'seeds');

/** A brief with every kind of finding, citation form and Markdown block the checker meets. */
export const SAMPLE_BRIEF = [
  '---',
  'title: Sovereign AI and open models',
  'author: Policy Unit',
  'date: 2026-02-10',
  '---',
  '',
  '# Sovereign AI and open models',
  '',
  '## Summary',
  '',
  'Oxford and UCL share £60 million of new funding for open-source AI labs [@ukopenlabs].',
  'Oxford and UCL share £40 million of new funding for open-source AI labs.',
  'The research labs will focus on Parameter-Efficient Fine-Tuning (PEFT) [@ukopenlabs, p. 2].',
  '',
  '## Key points',
  '',
  '- DeepSeek R1 post-training cost $300k [@sovereignthread].',
  '- DeepSeek R1 post-training cost $30k.',
  '- Two American labs each run more AI compute than the whole of Europe [see @sovereignthread; @lwin2026gold].',
  '  - Big Tech\'s success was built over 50 years of digital dominance from California.',
  '  1. President Clinton spoke about openness and China in 1993 [@opensourcechina].',
  '',
  '> Liz Kendall wants to train the UK\'s AI industry like "elite athletes" [@lwin2026gold].',
  '> > The AFP photo of the chatbot error was taken by Mark Schiefelbein.',
  '',
  '## Context',
  '',
  'As @lwin2026gold reports, NScale is a French start-up building a cloud platform.',
  'China is a member of the Global Partnership on AI [@nosuchkey].',
  'The UK spends 2% of GDP on AI research. Huawei and ZTE have been declared national security risks by the United States [@ukopenlabs].',
  'DeepSeek released R1 almost exactly one year before February 2026.',
  'The original report on the £60M labs came from cnBeta.',
  '',
  '| Measure | Value |',
  '| --- | --- |',
  '| Funding | £60 million for Oxford and UCL [@ukopenlabs] |',
  '| Cost | DeepSeek R1 post-training cost $30k. |',
  '',
  '<!-- brief-lens-disable-next-line unsupported-claim -->',
  'Singapore has pledged $1 billion to sovereign AI compute.',
  '',
  '```',
  'The UK spends 2% of GDP on AI research.',
  '```',
  '',
  '## Options',
  '',
  'The government should publish a sovereign AI strategy within a year.',
  'How can middle powers keep their best AI researchers?',
  'Three American labs each run more AI compute than the whole of Europe.',
  '',
  '## Sources',
  '',
  '[^1]: See the [original post](https://example.org/post) and <https://example.org>.',
  '',
].join('\n');

/** The bundled example brief, when the repository has one, else the built-in sample. */
export function exampleBriefs(): string[] {
  const briefs = [SAMPLE_BRIEF];
  const dir = path.join(REPO_ROOT, 'examples');
  try {
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.endsWith('.md')) briefs.push(fs.readFileSync(path.join(dir, name), 'utf8'));
    }
  } catch {
    // no examples folder: the sample is enough
  }
  return briefs;
}

/** The seed sources' texts, for briefs made of corpus sentences. */
export function seedTexts(): string[] {
  return fs
    .readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt') || name.endsWith('.md'))
    .sort()
    .map((name) => fs.readFileSync(path.join(SEEDS, name), 'utf8'));
}

const LONG = 'DeepSeek R1 post-training cost $300k and '.repeat(300);

/** The inputs issue 7 names, as fragments to insert anywhere in a brief. */
export const NASTY_FRAGMENTS: readonly string[] = [
  // unbalanced brackets and citation starts
  '[@', '[@ukopenlabs', '@', '[@ukopenlabs; @', '[see @lwin2026gold, p. 3', ']', '[', '[]', '[@]', '[-@ukopenlabs]', '@@ukopenlabs',
  '[@ukopenlabs](http://x)', '[@ukopenlabs][ref]', '[@a.b.c:d]', '@ukopenlabs.', 'me@ukopenlabs.org',
  // nested quotes, lists, tables, HTML
  '"“‘nested’ quotes”"', '“unclosed', '"', '”', '‘', '> > > deep quote', '\n- a\n  - b\n    - c\n      1. d\n',
  '\n| a | b |\n| --- | --- |\n| £60M | 2026 |\n', '|', '\n|---|\n', '<div>£40 million</div>', '<script>alert(1)</script>',
  '<!-- brief-lens-disable-line -->', '<!-- brief-lens-disable-file contradicted-figure -->', '<!--', '-->',
  // front matter that is not YAML, code fences
  '---\n: not: yaml: [\n---\n', '+++\ntoml = \n+++\n', '---\n', '```', '\n```js\nlet x = "£60M";\n', '`', '~~~',
  // line endings and whitespace
  '\r\n', '\r', '\n\n', '\t', '\t\t- ', '\u000b', '\u000c', '\u0085', '\u2028', '\u2029', '\u00a0', '\u3000',
  // emoji, astral characters, combining marks, right-to-left, zero-width
  '😀', '👩‍👩‍👧', '🇬🇧', '𝕏𝔸', '\ud835\udd4f', 'e\u0301', '\u0301', '\u0301\u0302\u0303', 'Zӓл҉г̶о',
  'مرحبا بالعالم', 'שלום', '\u202e', '\u202b£60M\u202c', '\u200f', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff',
  // lone surrogates and control characters
  '\ud800', '\udc00', '\u0000', '\u0007', '\ufffd', '\uffff',
  // numbers
  '£1e400', '$-0', '1,2,3,4', '£60M', '£60m', 'sixty million pounds', '$300k', '$300,000', '2nd February 2026', '31st February 2026',
  '0.0.0', '1e-400', 'NaN', 'Infinity', '-0', '99999999999999999999999999999%', '£', '$', '%', '1,,000', '£.5bn', '1/0', '½',
  '12:30', '2026-13-45', '١٢٣', '٫', '１２３',
  // Markdown odds and ends
  '\\', '*', '**', '_', '~~', '# ', '######## ', '[^1]', '[^1]: note', '![img](a.png)', '[text](', '<https://x.org>', '&amp;', '&#0;', '&#xD800;',
  // very long lines
  LONG, 'a'.repeat(4000), '9'.repeat(1200), `${'('.repeat(500)}${')'.repeat(500)}`, `${'[@a; '.repeat(200)}]`, '.'.repeat(2000), '"'.repeat(600),
];

/** Single characters that break parsers most often, for random strings. */
export const NASTY_CHARS: readonly string[] = [
  '[', ']', '@', '(', ')', '"', '“', '”', '‘', '’', "'", '`', '*', '_', '|', '-', '#', '>', '<', '!', '~', '\\', ';', ',', '.', ':',
  '\n', '\r', '\t', ' ', '\u00a0', '£', '$', '%', 'e', 'k', 'M', 'm', '0', '1', '6', '9',
  '\u200b', '\u200f', '\u202e', '\u0301', '😀', '\ud800', '\udc00', '\u0000', 'ש', 'ا', 'Ü',
];
