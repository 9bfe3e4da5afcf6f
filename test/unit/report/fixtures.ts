// Briefs and corpora for the report tests: the example brief against the seeds, and a hostile
// corpus whose source text, title and URL carry markup, scripts and `javascript:` links.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { BriefChecker, loadCorpus, type Corpus } from '../../../src/core';
import { nodeFileSystem } from '../../../src/node/nodeFileSystem';
import { buildReport, type ReportModel } from '../../../src/core';
import { makeCorpus } from '../corpus/helpers';
import { seedCorpus } from '../core/helpers';

export const EXAMPLE_FILE = path.join(__dirname, '..', '..', '..', 'examples', 'sample-brief.md');

export async function exampleReport(): Promise<{ model: ReportModel; corpus: Corpus; text: string }> {
  const corpus = await seedCorpus();
  const text = readFileSync(EXAMPLE_FILE, 'utf8');
  const result = new BriefChecker(corpus).check(text, EXAMPLE_FILE, 1);
  return { model: buildReport([{ name: 'examples/sample-brief.md', text, result }], (key) => corpus.source(key)), corpus, text };
}

export const HOSTILE_SOURCE = [
  'The <script>alert("source")</script> council spent £12 million on flood defences in 2024.',
  'See [the plan](javascript:alert(1)) and <a href="javascript:alert(2)">this link</a> for details.',
].join('\n');

export const HOSTILE_BRIEF = [
  '---',
  'title: "Floods </title><script>alert(3)</script>"',
  '---',
  '',
  '# Flood <img src=x onerror=alert(4)> defences',
  '',
  'The council spent £15 million on flood defences in 2024 [@floods].',
  'The council also built <b onmouseover="alert(5)">ten</b> pumping stations [javascript:alert(6)](javascript:alert(6)).',
  '',
].join('\n');

export async function hostileReport(): Promise<{ model: ReportModel; folder: string }> {
  const folder = makeCorpus({
    'floods.txt': HOSTILE_SOURCE,
    'manifest.json': JSON.stringify({
      sources: [{ file: 'floods.txt', key: 'floods', title: 'Floods <script>alert(7)</script>', author: '"><svg onload=alert(8)>', url: 'javascript:alert(9)' }],
    }),
  });
  const corpus = await loadCorpus([folder], nodeFileSystem);
  const result = new BriefChecker(corpus).check(HOSTILE_BRIEF, 'hostile.md', 1);
  return { model: buildReport([{ name: 'hostile <x>.md', text: HOSTILE_BRIEF, result }], (key) => corpus.source(key)), folder };
}
