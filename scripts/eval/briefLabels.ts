// Labelled briefs: `<name>/brief.md` with `labels.jsonl`, one labelled span a line
// (`text`, optional `occurrence`, `kind` fact|analysis, `expect` clean or a finding code, `note`).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FINDING_CODES, type Span } from '../../src/core';
import { ROOT, isSealedPath } from './claimSets';

export interface BriefLabel {
  text: string;
  occurrence?: number;
  kind: 'fact' | 'analysis';
  expect: string;
  note?: string;
}

export interface LabelledSpan extends BriefLabel {
  span: Span;
  line: number;
}

export interface LabelledBrief {
  name: string;
  dir: string;
  text: string;
  corpusDirs: string[];
  sealed: boolean;
  spans: LabelledSpan[];
  /** Labels that could not be placed: their line numbers only (a sealed brief's text is never shown). */
  problems: string[];
}

const EXPECTATIONS = new Set<string>(['clean', ...FINDING_CODES]);

/** Folders holding a brief under `dir` (or `dir` itself when it holds one), in name order. */
export function briefFolders(dir: string): string[] {
  if (fs.existsSync(path.join(dir, 'brief.md'))) return [dir];
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'brief.md')))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/** `corpus/` beside the brief, else the folders a `corpus.json` lists (relative to the brief), else the bundled seeds. */
function corpusOf(dir: string): string[] {
  if (fs.existsSync(path.join(dir, 'corpus'))) return [path.join(dir, 'corpus')];
  const listed = path.join(dir, 'corpus.json');
  if (fs.existsSync(listed)) {
    const { folders } = JSON.parse(fs.readFileSync(listed, 'utf8')) as { folders: string[] };
    return folders.map((folder) => path.resolve(dir, folder));
  }
  return [path.join(ROOT, 'seeds')];
}

function nthIndex(text: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function parseLabel(line: string): BriefLabel | string {
  let parsed: Partial<BriefLabel>;
  try {
    parsed = JSON.parse(line) as Partial<BriefLabel>;
  } catch {
    return 'not valid JSON';
  }
  if (typeof parsed.text !== 'string' || !parsed.text) return 'needs a non-empty "text"';
  if (parsed.kind !== 'fact' && parsed.kind !== 'analysis') return '"kind" must be fact or analysis';
  if (typeof parsed.expect !== 'string' || !EXPECTATIONS.has(parsed.expect)) return '"expect" must be clean or a finding code';
  return parsed as BriefLabel;
}

export function readLabelledBrief(dir: string): LabelledBrief {
  const text = fs.readFileSync(path.join(dir, 'brief.md'), 'utf8');
  const sealed = isSealedPath(path.join(dir, 'brief.md')) || path.basename(dir).includes('sealed');
  const spans: LabelledSpan[] = [];
  const problems: string[] = [];
  const labelFile = path.join(dir, 'labels.jsonl');
  const lines = fs.existsSync(labelFile) ? fs.readFileSync(labelFile, 'utf8').split('\n') : [];
  if (!lines.length) problems.push('no labels.jsonl');
  lines.forEach((line, at) => {
    if (!line.trim()) return;
    const label = parseLabel(line);
    if (typeof label === 'string') return void problems.push(`labels.jsonl:${at + 1}: ${label}`);
    const start = nthIndex(text, label.text, label.occurrence ?? 1);
    if (start < 0) return void problems.push(`labels.jsonl:${at + 1}: text not found in brief.md (occurrence ${label.occurrence ?? 1})`);
    spans.push({ ...label, span: { start, end: start + label.text.length }, line: at + 1 });
  });
  return { name: path.basename(dir), dir, text, corpusDirs: corpusOf(dir), sealed, spans, problems };
}
