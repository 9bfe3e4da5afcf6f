// The hostile inputs of issue 16, each as a function of a number of copies: shared by the growth
// tests (test/unit/safety/linearText.test.ts), the benchmark (scripts/hostile-bench.ts) and the
// fuzz suite (scripts/fuzz.ts).

export interface HostileLine {
  name: string;
  /** A brief checked, or a corpus source indexed. */
  where: 'brief' | 'source';
  /** Copies for the benchmark's k (4k is also run). */
  k: number;
  make(copies: number): string;
}

const sentence = (n: number) => `The programme cost £${40 + (n % 50)} million in ${2000 + (n % 25)}.`;

export const HOSTILE_LINES: HostileLine[] = [
  { name: 'acronym A-A-Ab… (see note)', where: 'source', k: 40_000, make: (n) => `A${'-A-Ab'.repeat(n)} (see note).\n` },
  { name: 'acronym A-B-C-…-L (1)', where: 'source', k: 20_000, make: (n) => `${'A-B-C-D-E-F-G-H-I-J-K-L-'.repeat(n)}L (1).\n` },
  { name: 'nesting "-  " × n then a word', where: 'brief', k: 50_000, make: (n) => `${'-  '.repeat(n)}word\n` },
  { name: 'run of dots', where: 'brief', k: 100_000, make: (n) => `A claim${'.'.repeat(n)}#More text.\n` },
  { name: 'run of ! ? …', where: 'brief', k: 50_000, make: (n) => `A claim${'!?…'.repeat(n)}#More text.\n` },
  { name: 'citation group [a@a@…', where: 'brief', k: 250_000, make: (n) => `Text [${'a@'.repeat(n)}\n` },
  { name: 'long first line (title)', where: 'source', k: 500_000, make: (n) => `# Title${' '.repeat(n)}x\n\nBody text.\n` },
  { name: 'cited sentences', where: 'brief', k: 1000, make: (n) => Array.from({ length: n }, (_, i) => `${sentence(i)} [@key${i % 7}]`).join(' ') },
  { name: 'figures of one subject', where: 'brief', k: 500, make: (n) => Array.from({ length: n }, (_, i) => sentence(i)).join('\n\n') },
  { name: 'appendix table rows', where: 'brief', k: 400, make: (n) => `| Item | Cost |\n| --- | --- |\n${Array.from({ length: n }, (_, i) => `| Item ${i} | £${i} million |`).join('\n')}\n` },
  // Markup that keeps a brief in one parse (brief/steps.ts): each block is read in that one parse, never again per block.
  { name: 'fenced code between paragraphs', where: 'brief', k: 400, make: (n) => Array.from({ length: n }, (_, i) => `${sentence(i)}\n\n\`\`\`\nconst x = ${i};\n\n// £${i} million\n\`\`\`\n`).join('\n') },
  { name: 'link reference definitions', where: 'brief', k: 400, make: (n) => Array.from({ length: n }, (_, i) => `${sentence(i)} See [the report][r${i}].\n\n[r${i}]: https://example.org/${i} "Report ${i}"\n`).join('\n') },
  { name: 'HTML blocks between paragraphs', where: 'brief', k: 400, make: (n) => Array.from({ length: n }, (_, i) => `<div class="note">\n\n${sentence(i)}\n\n</div>\n\n<pre>\nrow ${i}\n\nmore\n</pre>\n`).join('\n') },
  { name: 'zero-width and bidi characters', where: 'brief', k: 50_000, make: (n) => `£4\u200b0 million\u202e ${'\u200b\u00ad\u2066'.repeat(n)} in 2024.\n` },
  // Negation scopes and clause cuts read within a sentence: each cue or coordinator reads a bounded reach, not the rest of it.
  { name: 'negations with words between', where: 'brief', k: 4000, make: (n) => `The ports ${'and not the council '.repeat(n)}must pay.\n` },
  { name: 'a negated list', where: 'brief', k: 4000, make: (n) => `The port did not use ${'tariffs, '.repeat(n)}or quotas.\n` },
  { name: 'coordinators with -ing forms', where: 'brief', k: 4000, make: (n) => `The plan to build homes ${'while cutting rents '.repeat(n)}was bold.\n` },
];
