// What every check result must satisfy, whatever the input: every offset and range inside its
// document or source file, every reported text equal to the slice it claims to be. Positions are
// recomputed here independently of the engine's LineIndex (\r\n, \r and \n each end a line).
import type { Corpus } from '../../../src/core/corpus/corpus';
import type { BriefResult, CheckedSentence, Evidence, Position, Range, Span, TextEdit } from '../../../src/core/types';
import { nth } from '../../support/present';

export class InvariantError extends Error {}

function fail(message: string, detail?: unknown): never {
  throw new InvariantError(detail === undefined ? message : `${message}: ${JSON.stringify(detail).slice(0, 600)}`);
}

/** Line starts of a text, the way VS Code counts lines. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') {
      starts.push(i + 2);
      i++;
    } else if (c === '\r' || c === '\n') {
      starts.push(i + 1);
    }
  }
  return starts;
}

function positionOf(starts: number[], offset: number): Position {
  let line = 0;
  while (line + 1 < starts.length && nth(starts, line + 1, 'line start') <= offset) line++;
  return { line, character: offset - nth(starts, line, 'line start') };
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

function checkSpan(what: string, span: Span, length: number): void {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) fail(`${what}: offsets are not integers`, span);
  if (span.start < 0 || span.end < span.start || span.end > length) fail(`${what}: span outside its text of length ${length}`, span);
}

/** True when `offset` falls between the two halves of a surrogate pair (an emoji, an astral letter). */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && /[\ud800-\udbff]/.test(text.charAt(offset - 1)) && /[\udc00-\udfff]/.test(text.charAt(offset));
}

function checkWhole(what: string, span: Span, text: string): void {
  if (splitsPair(text, span.start) || splitsPair(text, span.end)) fail(`${what}: span cuts a character in half (surrogate pair)`, span);
}

function checkRange(what: string, range: Range, span: Span, starts: number[]): void {
  const start = positionOf(starts, span.start);
  const end = positionOf(starts, span.end);
  if (!samePosition(range.start, start) || !samePosition(range.end, end)) {
    fail(`${what}: range does not match its offsets`, { range, span, expected: { start, end } });
  }
}

const sourceStarts = new WeakMap<Corpus, Map<string, number[]>>();

function startsOfSource(corpus: Corpus, key: string, text: string): number[] {
  let byKey = sourceStarts.get(corpus);
  if (!byKey) sourceStarts.set(corpus, (byKey = new Map()));
  let starts = byKey.get(key);
  if (!starts) byKey.set(key, (starts = lineStarts(text)));
  return starts;
}

export function checkEvidence(what: string, evidence: Evidence, corpus: Corpus): void {
  const source = corpus.source(evidence.key);
  const text = corpus.sourceText(evidence.key);
  if (!source || text === undefined) fail(`${what}: evidence names unknown source "${evidence.key}"`);
  if (evidence.file !== source.file) fail(`${what}: evidence file is not its source's file`, { file: evidence.file, source: source.file });
  checkSpan(`${what} (evidence)`, evidence, text.length);
  if (text.slice(evidence.start, evidence.end) !== evidence.text) {
    fail(`${what}: evidence text differs from the source at its offsets`, { text: evidence.text, slice: text.slice(evidence.start, evidence.end) });
  }
  checkRange(`${what} (evidence)`, evidence.range, evidence, startsOfSource(corpus, evidence.key, text));
  checkWhole(`${what} (evidence)`, evidence, text);
  if (!Number.isFinite(evidence.score)) fail(`${what}: evidence score is not finite`, evidence.score);
  // Evidence is its passage, possibly widened to a neighbouring sentence of the same source.
  const passage = corpus.passage(evidence.passageId);
  if (passage.key !== evidence.key || passage.start < evidence.start || passage.end > evidence.end) {
    fail(`${what}: evidence does not contain its passage`, { passage, evidence });
  }
  if (passage.text.length > 1000) fail(`${what}: passage longer than 1,000 characters`, passage.text.length);
}

function checkEdits(what: string, edits: readonly TextEdit[], text: string, starts: number[]): void {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  sorted.forEach((edit, i) => {
    checkSpan(`${what} edit`, edit.span, text.length);
    checkRange(`${what} edit`, edit.range, edit.span, starts);
    if (typeof edit.newText !== 'string') fail(`${what}: edit without text`);
    const previous = sorted[i - 1];
    if (previous && previous.span.end > edit.span.start) fail(`${what}: overlapping edits`, sorted);
  });
}

/** A sentence's claims: at least one, in order, inside it, exact, citing only what the sentence cites; its verdict the worst of theirs. */
function checkClaims(what: string, s: CheckedSentence, text: string, starts: number[]): void {
  const claims = s.claims ?? [];
  if (claims.length === 0) fail(`${what}: no claims`);
  let previousEnd = s.span.start;
  claims.forEach((c, j) => {
    const claim = `${what} claim ${j}`;
    checkSpan(claim, c.span, text.length);
    if (c.span.start < previousEnd || c.span.end > s.span.end) fail(`${claim}: outside its sentence or overlapping the claim before`, { claim: c.span, sentence: s.span });
    previousEnd = c.span.end;
    if (c.text !== text.slice(c.span.start, c.span.end)) fail(`${claim}: text differs from the brief at its offsets`, c);
    checkRange(claim, c.range, c.span, starts);
    for (const k of c.citations) if (!s.citations.includes(k)) fail(`${claim}: cites what its sentence does not`, k);
  });
  const rank = { contradicted: 3, unsupported: 2, supported: 1, opinion: 0 };
  const worst = Math.max(...claims.map((c) => rank[c.verdict]));
  if (rank[s.verdict] !== worst) fail(`${what}: verdict is not the worst of its claims'`, { verdict: s.verdict, claims: claims.map((c) => c.verdict) });
}

/** Throws an InvariantError naming the first broken promise about `result`. */
export function checkResult(text: string, result: BriefResult, corpus: Corpus, uri: string, version: number): void {
  if (result.uri !== uri || result.version !== version) fail('result is for another document or version', { uri: result.uri, version: result.version });
  const starts = lineStarts(text);
  let previousEnd = -1;
  result.sentences.forEach((s, i) => {
    const what = `sentence ${i}`;
    checkSpan(what, s.span, text.length);
    if (s.span.start < previousEnd) fail(`${what}: overlaps the sentence before`, s.span);
    previousEnd = s.span.end;
    if (s.text !== text.slice(s.span.start, s.span.end)) fail(`${what}: text differs from the brief at its offsets`, s);
    // KNOWN BUG (test/unit/property/knownBugs.test.ts): a leading U+FEFF shifts prose offsets by
    // one, which this check catches; exempt until fixed.
    if (text.charCodeAt(0) !== 0xfeff) checkWhole(what, s.span, text);
    checkRange(what, s.range, s.span, starts);
    if (!['supported', 'contradicted', 'unsupported', 'opinion'].includes(s.verdict)) fail(`${what}: unknown verdict`, s.verdict);
    s.evidence.forEach((e, j) => checkEvidence(`${what} evidence ${j}`, e, corpus));
    s.corrections.forEach((c, j) => {
      checkSpan(`${what} correction ${j}`, c.span, text.length);
      if (c.span.start < s.span.start || c.span.end > s.span.end) fail(`${what} correction ${j}: outside its sentence`, { c, s: s.span });
      checkRange(`${what} correction ${j}`, c.range, c.span, starts);
    });
    for (const c of s.citations) {
      if (!result.citations.includes(c)) fail(`${what}: citation not among the brief's citations`, c);
    }
    checkClaims(what, s, text, starts);
  });
  result.citations.forEach((c, i) => {
    const what = `citation ${i} (@${c.key})`;
    checkSpan(what, c.span, text.length);
    checkSpan(`${what} group`, c.groupSpan, text.length);
    if (text.slice(c.span.start, c.span.end) !== c.key) fail(`${what}: key differs from the brief at its offsets`, { key: c.key, slice: text.slice(c.span.start, c.span.end) });
    if (c.groupSpan.start > c.span.start || c.groupSpan.end < c.span.end) fail(`${what}: group does not contain the key`, c);
    checkRange(what, c.range, c.span, starts);
  });
  result.findings.forEach((f, i) => {
    const what = `finding ${i} (${f.code})`;
    checkSpan(what, f.span, text.length);
    checkRange(what, f.range, f.span, starts);
    if (f.targetText !== text.slice(f.span.start, f.span.end)) fail(`${what}: targetText differs from the brief at its span`, f);
    if (!f.message || typeof f.message !== 'string') fail(`${what}: no message`);
    if (f.sentenceIndex !== undefined && (f.sentenceIndex < 0 || f.sentenceIndex >= result.sentences.length)) fail(`${what}: sentence index out of range`, f.sentenceIndex);
    if (f.evidence) checkEvidence(what, f.evidence, corpus);
    if (f.fixes.length === 0) fail(`${what}: no fix (not even suppress)`);
    f.fixes.forEach((fix, j) => {
      if (fix.edits.length === 0) fail(`${what} fix ${j} "${fix.title}": no edits`);
      checkEdits(`${what} fix ${j} "${fix.title}"`, fix.edits, text, starts);
    });
  });
}

/** A stable, byte-for-byte comparable form of a result. */
export function canonical(result: BriefResult): string {
  return JSON.stringify(result);
}
