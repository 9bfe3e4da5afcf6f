// The properties of issue 7, defined once: the mocha suite runs them with a fixed seed and a
// modest number of runs; scripts/fuzz.ts runs the same ones for 100,000+ cases with a random seed.
import fc from 'fast-check';
import { parseBrief } from '../../../src/core/brief/parse';
import { analyze } from '../../../src/core/claims/analyze';
import { Corpus } from '../../../src/core/corpus/corpus';
import type { CorpusFileSystem, EntryKind } from '../../../src/core/corpus/fileSystem';
import { nodeFileSystem } from '../../../src/node/nodeFileSystem';
import { BriefChecker, describeAt, loadCorpus, referencesSection } from '../../../src/core';
import { applyEdits } from '../../../src/core/text/positions';
import type { BriefResult, Finding, Fix, Span } from '../../../src/core/types';
import { exampleBriefs, NASTY_CHARS, NASTY_FRAGMENTS, SEEDS, seedTexts } from './fixtures';
import { canonical, checkEvidence, checkResult, InvariantError } from './invariants';
import { balanced } from '../../../src/core/findings/rules/quotable';
import { seededRandom } from '../../../scripts/lib/seededRandom';
import { nth } from '../../support/present';

// ---------------------------------------------------------------------------------------------
// Environment: the seed corpus, loaded normally and through file systems that list and finish
// reading files in other orders.

export interface Env {
  corpus: Corpus;
  /** The same folder loaded with shuffled listings and read completion orders. */
  reordered: Corpus[];
  /** A checker reused across cases (exercises its sentence memo). */
  shared: BriefChecker;
  briefs: string[];
  sentences: string[];
  seeds: string[];
}

/** Small deterministic PRNG (mulberry32) for file-system shuffles. */
export const prng = seededRandom;

/** Swaps two elements of `items` in place; both indices must be in range. */
function swap<T>(items: T[], i: number, j: number): void {
  const [left, right] = [nth(items, i, 'element'), nth(items, j, 'element')];
  items[i] = right;
  items[j] = left;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) swap(out, i, Math.floor(random() * (i + 1)));
  return out;
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** nodeFileSystem, but directory listings come back shuffled and reads finish in a random order. */
export function reorderingFileSystem(seed: number): CorpusFileSystem {
  const random = prng(seed);
  return {
    ...nodeFileSystem,
    async readDirectory(location) {
      return shuffle(await nodeFileSystem.readDirectory(location), random);
    },
    async readFile(location) {
      const bytes = await nodeFileSystem.readFile(location);
      for (let i = Math.floor(random() * 6); i > 0; i--) await tick();
      return bytes;
    },
  };
}

export async function makeEnv(): Promise<Env> {
  const corpus = await loadCorpus([SEEDS], nodeFileSystem);
  const reordered = await Promise.all([11, 22, 33].map((seed) => loadCorpus([SEEDS], reorderingFileSystem(seed))));
  const briefs = exampleBriefs();
  const seeds = seedTexts();
  const sentences = [
    ...briefs.flatMap((b) => b.split('\n')),
    ...seeds.flatMap((t) => t.split(/\r?\n/)),
  ].filter((line) => line.trim().length >= 12 && line.length <= 400);
  return { corpus, reordered, shared: new BriefChecker(corpus), briefs, sentences, seeds };
}

// ---------------------------------------------------------------------------------------------
// Arbitraries.

export type Mutation =
  | { kind: 'delete' | 'duplicate' | 'swapChars' | 'swapLines' | 'deleteLine' | 'duplicateLine' | 'moveRange'; a: number; b: number }
  | { kind: 'insert'; a: number; text: string }
  | { kind: 'lineEndings'; style: '\r\n' | '\r' | 'mixed' };

export function payload(env: Env): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NASTY_FRAGMENTS) },
    { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...NASTY_CHARS), maxLength: 24 }) },
    { weight: 2, arbitrary: fc.constantFrom(...env.sentences) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  );
}

export function mutation(env: Env): fc.Arbitrary<Mutation> {
  const pos = fc.nat({ max: 1_000_000 });
  return fc.oneof(
    fc.record({ kind: fc.constantFrom('delete', 'duplicate', 'swapChars', 'swapLines', 'deleteLine', 'duplicateLine', 'moveRange' as const), a: pos, b: fc.nat({ max: 400 }) }),
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), a: pos, text: payload(env) }) },
    fc.record({ kind: fc.constant('lineEndings' as const), style: fc.constantFrom('\r\n', '\r', 'mixed' as const) }),
  ) as fc.Arbitrary<Mutation>;
}

export function mutate(text: string, m: Mutation): string {
  const n = text.length;
  switch (m.kind) {
    case 'insert': {
      const at = m.a % (n + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'lineEndings':
      if (m.style === 'mixed') {
        let i = 0;
        return text.replace(/\r\n|\r|\n/g, () => nth(['\n', '\r\n', '\r'], i++ % 3, 'line ending'));
      }
      return text.replace(/\r\n|\r|\n/g, m.style);
    default:
      break;
  }
  if (n === 0) return text;
  const a = m.a % n;
  const b = Math.min(n, a + m.b);
  switch (m.kind) {
    case 'delete':
      return text.slice(0, a) + text.slice(b);
    case 'duplicate':
      return text.slice(0, b) + text.slice(a, b) + text.slice(b);
    case 'moveRange': {
      const cut = text.slice(0, a) + text.slice(b);
      const to = (m.a * 7 + m.b) % (cut.length + 1);
      return cut.slice(0, to) + text.slice(a, b) + cut.slice(to);
    }
    case 'swapChars': {
      const j = (a + 1 + m.b) % n;
      const chars = text.split('');
      swap(chars, a, j);
      return chars.join('');
    }
    default: {
      const lines = text.split('\n');
      const i = m.a % lines.length;
      const j = (i + 1 + m.b) % lines.length;
      if (m.kind === 'swapLines') swap(lines, i, j);
      else if (m.kind === 'deleteLine') lines.splice(i, 1);
      else lines.splice(i, 0, nth(lines, i, 'line'));
      return lines.join('\n');
    }
  }
}

/** A window of an example brief or a seed source, to mutate. */
export function baseText(env: Env, maxLength: number): fc.Arbitrary<string> {
  const windowOf = (texts: string[]) =>
    fc.tuple(fc.constantFrom(...texts), fc.nat({ max: 1_000_000 }), fc.integer({ min: 1, max: maxLength })).map(([t, start, length]) => {
      // Start at a line boundary most of the time so the Markdown structure survives.
      const s = start % Math.max(1, t.length);
      const from = start % 4 === 0 ? s : t.lastIndexOf('\n', s) + 1;
      return t.slice(from, from + length);
    });
  return fc.oneof({ weight: 3, arbitrary: windowOf(env.briefs) }, { weight: 1, arbitrary: windowOf(env.seeds) });
}

/** Markdown built from blocks: headings, paragraphs of corpus sentences with citations, lists, tables, quotes, code, HTML. */
export function generatedMarkdown(env: Env): fc.Arbitrary<string> {
  const key = fc.constantFrom('ukopenlabs', 'lwin2026gold', 'sovereignthread', 'opensourcechina', 'nosuchkey', 'ukopenlab');
  const sentence = fc.tuple(fc.constantFrom(...env.sentences), fc.option(key, { nil: undefined }), fc.nat({ max: 3 })).map(([s, k, form]) => {
    if (!k) return s;
    const trimmed = s.replace(/[.!?]\s*$/, '');
    const forms = [`${trimmed} [@${k}].`, `${trimmed} [see @${k}, p. ${form + 1}].`, `As @${k} says, ${trimmed}.`, `${trimmed} [@${k}; @ukopenlabs].`];
    return nth(forms, form, 'citation form');
  });
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' '));
  const block = fc.oneof(
    { weight: 4, arbitrary: paragraph },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), fc.constantFrom(...env.sentences)).map(([n, s]) => `${'#'.repeat(n)} ${s}`) },
    { weight: 1, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((items) => items.map((s, i) => `${'  '.repeat(i % 3)}${i % 2 ? '1.' : '-'} ${s}`).join('\n')) },
    { weight: 1, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((rows) => `| Claim | Note |\n| --- | --- |\n${rows.map((r) => `| ${r.replace(/\|/g, '\\|')} | x |`).join('\n')}`) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), paragraph).map(([n, p]) => `${'> '.repeat(n)}${p}`) },
    { weight: 1, arbitrary: paragraph.map((p) => `\`\`\`\n${p}\n\`\`\``) },
    { weight: 1, arbitrary: paragraph.map((p) => `<div>\n${p}\n</div>`) },
    { weight: 1, arbitrary: paragraph.map((p) => `“${p}”`) },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY_FRAGMENTS) },
  );
  const frontMatter = fc.constantFrom('', '---\ntitle: Brief\n---\n\n', '---\n: not: yaml: [\n---\n\n', '+++\ntitle = "x"\n+++\n\n', '---\n---\n');
  return fc.tuple(frontMatter, fc.array(block, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n\n', '\r\n\r\n', '\n', '\r\r')).map(
    ([fm, blocks, sep]) => fm + blocks.join(sep) + '\n',
  );
}

/** Any brief text: mutated windows of real briefs and sources, generated Markdown, or noise. */
export function briefText(env: Env, maxLength = 1500): fc.Arbitrary<string> {
  const mutated = fc.tuple(fc.oneof(baseText(env, maxLength), generatedMarkdown(env)), fc.array(mutation(env), { maxLength: 8 })).map(([t, ms]) => ms.reduce(mutate, t));
  return fc.oneof(
    { weight: 6, arbitrary: mutated },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...NASTY_CHARS), maxLength: 200 }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...NASTY_FRAGMENTS), { maxLength: 12 }).map((f) => f.join('')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  );
}

// ---------------------------------------------------------------------------------------------
// Properties. Each throws (an InvariantError or the engine's own exception) on failure.

let counter = 0;
const nextUri = (): string => `mem://property/${++counter}.md`;

/** Parsing, claim extraction, checking, hover lookup and references never throw; every range is exact. */
export function neverThrows(env: Env, maxLength = 1500): fc.IPropertyWithHooks<[string, number]> {
  return fc.property(briefText(env, maxLength), fc.nat(), (text, at) => {
    const parsed = parseBrief(text);
    for (const s of parsed.sentences) {
      if (s.prose.length !== s.text.length) throw new InvariantError('prose and text of a sentence differ in length');
      analyze(s.prose, s.span.start, env.corpus);
    }
    const uri = nextUri();
    const result = env.shared.check(text, uri, 1);
    checkResult(text, result, env.corpus, uri, 1);
    describeAt(result, env.corpus, text.length === 0 ? 0 : at % (text.length + 1));
    referencesSection(result, env.corpus);
    env.shared.forget(uri);
  });
}

/** Same input, same output byte for byte: fresh checkers, a warm checker, and corpora read in other orders. */
export function deterministic(env: Env, maxLength = 1200): fc.IPropertyWithHooks<[string]> {
  return fc.property(briefText(env, maxLength), (text) => {
    const uri = 'mem://property/deterministic.md';
    const expected = canonical(new BriefChecker(env.corpus).check(text, uri, 7));
    const warm = env.shared.check(text, uri, 7);
    env.shared.forget(uri);
    if (canonical(warm) !== expected) throw new InvariantError('a warm checker (sentence memo) gave another result than a fresh one');
    env.reordered.forEach((corpus, i) => {
      if (canonical(new BriefChecker(corpus).check(text, uri, 7)) !== expected) {
        throw new InvariantError(`the corpus read in another order (#${i}) gave another result`);
      }
    });
  });
}

/** Where an offset of the old text lands after the edits of a fix. */
function mapOffset(offset: number, edits: readonly { span: Span; newText: string }[], end: boolean): number {
  let shift = 0;
  for (const e of edits) {
    const delta = e.newText.length - (e.span.end - e.span.start);
    if (e.span.end < offset || (e.span.end === offset && (end || e.span.start < offset))) shift += delta;
    else if (e.span.start < offset && offset < e.span.end) shift += end ? delta : 0;
  }
  return offset + shift;
}


/** Quotation marks, brackets and emphasis runs that open and close (apostrophes inside words aside). */
export function inlineBalanced(text: string): boolean {
  if (!balanced(text)) return false;
  let depth = 0;
  for (const c of text) {
    if (c === '[' || c === '(') depth++;
    else if ((c === ']' || c === ')') && --depth < 0) return false;
  }
  if (depth !== 0) return false;
  const stars = (text.match(/\*+/g) ?? []).reduce((n, run) => n + run.length, 0);
  const underscores = (text.match(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu) ?? []).reduce((n, run) => n + run.length, 0);
  return stars % 2 === 0 && underscores % 2 === 0;
}

/** The paragraph (run of non-blank lines) around an offset. */
function paragraphAround(text: string, at: number): string {
  const before = text.lastIndexOf('\n\n', at);
  const after = text.indexOf('\n\n', at);
  return text.slice(before < 0 ? 0 : before, after < 0 ? text.length : after);
}

/** A fix never makes a claim that was supported contradicted (claims matched by their text and where they now stand). */
function neverSupportedToContradicted(fix: Fix, sorted: readonly { span: Span; newText: string }[], before: BriefResult, after: BriefResult): void {
  const now = new Map<string, string>();
  for (const s of after.sentences) for (const c of s.claims ?? []) now.set(`${c.span.start}:${c.text}`, c.verdict);
  for (const s of before.sentences) {
    for (const c of s.claims ?? []) {
      if (c.verdict !== 'supported') continue;
      if (sorted.some((e) => e.span.start < c.span.end && e.span.end > c.span.start)) continue; // the fix rewrote it
      const start = mapOffset(c.span.start, sorted, false);
      if (now.get(`${start}:${c.text}`) === 'contradicted') throw new InvariantError(`fix "${fix.title}" turned the supported claim ${JSON.stringify(c.text)} into a contradicted one`);
    }
  }
}

/** Checks one fix: only its ranges change, and the finding is gone from that place afterwards. */
export function checkFix(env: Env, text: string, finding: Finding, fix: Fix): void {
  const after = applyEdits(text, fix.edits);
  const sorted = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
  // Rebuild the expected text from the untouched pieces and the edits' text.
  let expected = '';
  let at = 0;
  for (const e of sorted) {
    expected += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  expected += text.slice(at);
  if (after !== expected) throw new InvariantError(`fix "${fix.title}" changed text outside its edits`);
  const [head, last] = [sorted[0], sorted.at(-1)];
  if (!head || !last) throw new InvariantError(`fix "${fix.title}" has no edits`);
  const first = head.span.start;
  const tail = text.length - last.span.end;
  if (after.slice(0, first) !== text.slice(0, first) || after.slice(after.length - tail) !== text.slice(text.length - tail)) {
    throw new InvariantError(`fix "${fix.title}" changed the document before or after its range`);
  }
  if (after === text) throw new InvariantError(`fix "${fix.title}" of ${finding.code} changes nothing`);
  for (const e of fix.edits) {
    if (fix.kind !== 'suppress' && !inlineBalanced(e.newText)) throw new InvariantError(`fix "${fix.title}" inserts unbalanced quotes, brackets or emphasis: ${JSON.stringify(e.newText)}`);
  }
  if (fix.kind !== 'suppress' && inlineBalanced(paragraphAround(text, first)) && !inlineBalanced(paragraphAround(after, first))) {
    throw new InvariantError(`fix "${fix.title}" leaves its paragraph with unbalanced quotes, brackets or emphasis`);
  }
  const uri = nextUri();
  const before = env.shared.check(text, nextUri(), 1);
  const again = env.shared.check(after, uri, 2);
  env.shared.forget(uri);
  checkResult(after, again, env.corpus, uri, 2);
  neverSupportedToContradicted(fix, sorted, before, again);
  const start = mapOffset(finding.span.start, sorted, false);
  const end = mapOffset(finding.span.end, sorted, true);
  const same = again.findings.find((f) => f.code === finding.code && f.span.start === start && f.span.end === end);
  if (same) {
    throw new InvariantError(
      `after fix "${fix.title}" the ${finding.code} finding is still reported at ${start}-${end}: ${JSON.stringify(same.message).slice(0, 300)}`,
    );
  }
}

/** Every fix of every finding (up to `maxFindings` picked per case) edits only its range and clears its finding there. */
export function fixesAreExact(env: Env, maxLength = 2500): fc.IPropertyWithHooks<[string, number[]]> {
  // Light mutations of the real briefs: they have findings with fixes.
  const text = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(baseText(env, maxLength), fc.array(mutation(env), { maxLength: 3 })).map(([t, ms]) => ms.reduce(mutate, t)) },
    { weight: 1, arbitrary: generatedMarkdown(env) },
  );
  return fc.property(text, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), (brief, picks) => {
    const uri = nextUri();
    const result = env.shared.check(brief, uri, 1);
    env.shared.forget(uri);
    checkResult(brief, result, env.corpus, uri, 1);
    if (result.findings.length === 0) return;
    const chosen = [...new Set(picks.map((p) => p % result.findings.length))];
    for (const index of chosen) {
      const finding = nth(result.findings, index, 'finding');
      for (const fix of finding.fixes) checkFix(env, brief, finding, fix);
    }
  });
}

/** Ways to break or pad a line inside a sentence that Markdown reads as the same words. */
const BREAKS = ['\n', ' \n', '  \n', '\\\n', '   ', ' \t'];

/**
 * Whitespace, soft and hard line breaks inside a sentence never change a verdict: every claim of
 * the brief keeps its verdict when a space between two words of a paragraph becomes a line
 * break, a hard break (two spaces or a backslash before it) or a run of spaces.
 */
export function whitespaceKeepsVerdicts(env: Env, maxLength = 1500): fc.IPropertyWithHooks<[string, number, number]> {
  return fc.property(baseText(env, maxLength), fc.nat(), fc.nat({ max: BREAKS.length - 1 }), (text, pick, kind) => {
    const spaces = breakableSpaces(text);
    if (spaces.length === 0) return;
    const at = spaces[pick % spaces.length] ?? 0;
    const changed = text.slice(0, at) + (BREAKS[kind] ?? '\n') + text.slice(at + 1);
    const verdicts = (r: BriefResult): string[] => r.sentences.flatMap((s) => (s.claims ?? []).map((c) => `${c.verdict} ${c.text.replace(/[\s\\]+/g, ' ')}`));
    const before = verdicts(env.shared.check(text, nextUri(), 1));
    const after = verdicts(env.shared.check(changed, nextUri(), 1));
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      throw new InvariantError(`a line break at ${at} changed the verdicts: ${JSON.stringify({ before, after }).slice(0, 2000)}`);
    }
  });
}

/** Spaces between two words inside a paragraph sentence (not a heading, table row, list marker or code). */
function breakableSpaces(text: string): number[] {
  const brief = parseBrief(text);
  const spaces: number[] = [];
  for (const s of brief.sentences) {
    const lineStart = text.lastIndexOf('\n', s.span.start) + 1;
    if (/^\s*[|#>]/.test(text.slice(lineStart, s.span.start + 1))) continue;
    for (let i = s.span.start + 1; i < s.span.end - 1; i++) {
      // Between two letters, and the next word is no list marker or block opener.
      if (text.charAt(i) === ' ' && s.prose.charAt(i - s.span.start) === ' ' && /\p{L}/u.test(text.charAt(i - 1)) && /\p{L}/u.test(text.charAt(i + 1))) spaces.push(i);
    }
  }
  return spaces;
}

export type Edit = { at: number; remove: number; insert: string } | { undo: true };

export function editScript(env: Env): fc.Arbitrary<Edit[]> {
  const typed = fc.string({ unit: fc.constantFrom(...'abc £$60M%., []@\n'.split(''), ...NASTY_CHARS), minLength: 1, maxLength: 6 });
  const edit = fc.oneof(
    { weight: 4, arbitrary: fc.record({ at: fc.nat({ max: 1_000_000 }), remove: fc.constant(0), insert: typed }) },
    { weight: 2, arbitrary: fc.record({ at: fc.nat({ max: 1_000_000 }), remove: fc.integer({ min: 1, max: 30 }), insert: fc.constant('') }) },
    { weight: 2, arbitrary: fc.record({ at: fc.nat({ max: 1_000_000 }), remove: fc.nat({ max: 10 }), insert: payload(env).map((p) => `${p}\n\n`) }) },
    { weight: 1, arbitrary: fc.constant({ undo: true as const }) },
    // The whole document replaced (reloaded from disk, another file under the same name).
    { weight: 1, arbitrary: baseText(env, 1200).map((insert) => ({ at: 0, remove: 10_000_000, insert })) },
  );
  return fc.array(edit, { minLength: 1, maxLength: 12 });
}

/** Applies one scripted edit to a document with an undo stack; returns the new text. */
export function applyScripted(text: string, e: Edit, undo: string[]): string {
  if ('undo' in e) return undo.pop() ?? text;
  undo.push(text);
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

/** The same checker fed successive versions gives exactly what a fresh checker gives for each. */
export function incrementalEqualsFresh(env: Env, maxLength = 1200): fc.IPropertyWithHooks<[string, Edit[]]> {
  return fc.property(fc.oneof(baseText(env, maxLength), generatedMarkdown(env)), editScript(env), (start, script) => {
    const checker = new BriefChecker(env.corpus);
    const uri = 'mem://property/incremental.md';
    let text = start;
    let version = 1;
    checker.check(text, uri, version);
    const undo: string[] = [];
    script.forEach((e, step) => {
      text = applyScripted(text, e, undo);
      version++;
      const incremental = checker.check(text, uri, version);
      if (incremental.version !== version) throw new InvariantError(`step ${step}: result for version ${incremental.version}, expected ${version}`);
      // Compare every step on short scripts, else the last step and one in the middle.
      if (script.length <= 4 || step === script.length - 1 || step === script.length >> 1) {
        const fresh = new BriefChecker(env.corpus).check(text, uri, version);
        if (canonical(incremental) !== canonical(fresh)) {
          throw new InvariantError(`step ${step}: incremental result differs from a fresh check`);
        }
        checkResult(text, incremental, env.corpus, uri, version);
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Corpus: a random, hostile folder read through an in-memory file system.

interface MemEntry {
  kind: EntryKind;
  bytes?: Uint8Array;
  /** What a symlink points at (a path in the same memory file system). */
  target?: string;
  /** Thrown by stat/readFile of this entry. */
  error?: unknown;
  /** Reported size, when it lies. */
  size?: number;
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** An in-memory CorpusFileSystem under `/c`; paths are `/`-joined. */
export function memoryFileSystem(entries: Map<string, MemEntry>, withRealPath: boolean): CorpusFileSystem {
  const resolve = (location: string, depth = 0): string => {
    const e = entries.get(location);
    if (e?.kind === 'symlink' && e.target !== undefined) {
      if (depth > 8) throw Object.assign(new Error('loop'), { code: 'ELOOP' });
      return resolve(e.target, depth + 1);
    }
    return location;
  };
  const get = (location: string): MemEntry => {
    const e = entries.get(resolve(location));
    if (!e) throw Object.assign(new Error(`ENOENT: ${location}`), { code: 'ENOENT' });
    if (e.error !== undefined) throw e.error;
    return e;
  };
  const fs: CorpusFileSystem = {
    async readDirectory(location) {
      const dir = get(location);
      if (dir.kind !== 'directory') throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
      const real = resolve(location);
      const prefix = `${real}/`;
      return [...entries.entries()]
        .filter(([p]) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
        .map(([p, e]) => ({ name: p.slice(prefix.length), kind: e.kind }));
    },
    async readFile(location) {
      const e = get(location);
      if (e.kind === 'directory') throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
      return e.bytes ?? new Uint8Array();
    },
    async stat(location) {
      const e = get(location);
      return { size: e.size ?? e.bytes?.length ?? 0, kind: e.kind === 'symlink' ? 'other' : e.kind };
    },
    join(base, name) {
      return `${base.replace(/\/$/, '')}/${name}`;
    },
  };
  if (withRealPath) fs.realPath = async (location) => resolve(location);
  return fs;
}

const ODD_ERRORS: unknown[] = [
  Object.assign(new Error('permission denied'), { code: 'EACCES' }),
  Object.assign(new Error('gone'), { code: 'ENOENT' }),
  Object.assign(new Error('io'), { code: 'EIO' }),
  new Error('multi\nline\nmessage'),
  'a string',
  42,
  null,
  undefined,
  { code: 17 },
  new Error(''),
];

function corpusFolder(env: Env): fc.Arbitrary<Map<string, MemEntry>> {
  const name = fc.oneof(
    fc.constantFrom('a', 'b', 'a.b', 'UK report', 'ünïcödé', '😀', '..', 'node_modules', '.hidden', 'x'.repeat(120), 'sub/../x', 'lwin2026gold', 'ukopenlabs'),
    fc.string({ unit: fc.constantFrom(...'abc-_. é😀'.split('')), minLength: 1, maxLength: 8 }),
  );
  const ext = fc.constantFrom('.md', '.txt', '.markdown', '.MD', '.pdf', '', '.txt.md');
  const text = fc.oneof(
    fc.constantFrom(...env.seeds),
    fc.tuple(fc.constantFrom(...env.seeds), fc.array(mutation(env), { maxLength: 6 })).map(([t, ms]) => ms.reduce(mutate, t.slice(0, 3000))),
    fc.string({ unit: fc.constantFrom(...NASTY_CHARS), maxLength: 300 }),
    fc.array(fc.constantFrom(...NASTY_FRAGMENTS), { maxLength: 8 }).map((f) => f.join('\n')),
    fc.constantFrom('', ' \n\t ', '\ufeff', '\ufeffTitle\nBody.'),
  );
  const bytes = fc.oneof(
    { weight: 4, arbitrary: text.map(utf8) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }) },
    { weight: 1, arbitrary: text.map((t) => Uint8Array.from([0xff, 0xfe, ...new Uint8Array(new Uint16Array(Array.from(t, (c) => c.charCodeAt(0))).buffer)])) },
    { weight: 1, arbitrary: text.map((t) => Uint8Array.from(Array.from(t.slice(0, 200), (c) => c.charCodeAt(0) & 0xff))) },
  );
  const manifestText = fc.oneof(
    fc.array(
      fc.record(
        {
          file: fc.oneof(fc.tuple(name, ext).map(([n, e]) => n + e), fc.constantFrom('../escape.md', '/etc/passwd', 'C:\\x.md', 'sub/x.md', 'https://x.org/a.md', '')),
          key: fc.oneof(fc.constantFrom('dup', 'ukopenlabs', 'bad key', '', '@x', 'k:1'), fc.string({ maxLength: 6 })),
          title: fc.oneof(fc.string({ maxLength: 20 }), fc.constant(7 as unknown as string)),
          date: fc.option(fc.constantFrom('2026-02-02', 'yesterday', ''), { nil: undefined }),
        },
        { requiredKeys: ['file'] },
      ),
      { maxLength: 5 },
    ).map((sources) => JSON.stringify({ sources })),
    fc.constantFrom('{', 'null', '[]', '{"sources": 5}', 'sources:\n  - file: a.md\n    key: a', ': : :', '\u0000'),
  );
  const entry = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(name, ext, bytes).map(([n, e, b]) => [n + e, { kind: 'file' as const, bytes: b }] as const) },
    { weight: 1, arbitrary: fc.tuple(name, ext, fc.constantFrom(...ODD_ERRORS)).map(([n, e, error]) => [n + e, { kind: 'file' as const, error }] as const) },
    { weight: 1, arbitrary: fc.tuple(name, ext, fc.constantFrom('/outside/secret.md', '/c/a.md', '/c', '/c/missing.md', '/c/sub')).map(([n, e, target]) => [n + e, { kind: 'symlink' as const, target }] as const) },
    { weight: 1, arbitrary: fc.tuple(name, ext).map(([n, e]) => [n + e, { kind: 'file' as const, bytes: utf8('Big\n'), size: 10 ** 9 }] as const) },
    { weight: 1, arbitrary: fc.tuple(name, ext).map(([n, e]) => [n + e, { kind: 'other' as const }] as const) },
  );
  return fc
    .tuple(
      fc.array(entry, { maxLength: 8 }),
      fc.array(entry, { maxLength: 3 }),
      fc.option(fc.tuple(fc.constantFrom('manifest.json', 'manifest.yaml', 'manifest.yml'), manifestText), { nil: undefined }),
    )
    .map(([top, nested, manifest]) => {
      const map = new Map<string, MemEntry>([
        ['/c', { kind: 'directory' }],
        ['/c/sub', { kind: 'directory' }],
        ['/outside', { kind: 'directory' }],
        ['/outside/secret.md', { kind: 'file', bytes: utf8('Secret outside the corpus.\n') }],
      ]);
      for (const [n, e] of top) if (!n.includes('/')) map.set(`/c/${n}`, e);
      for (const [n, e] of nested) if (!n.includes('/')) map.set(`/c/sub/${n}`, e);
      if (manifest) map.set(`/c/${manifest[0]}`, { kind: 'file', bytes: utf8(manifest[1]) });
      return map;
    });
}

/** Loading any folder never throws; every fault is a problem naming a file; checking against it keeps every promise. */
export function hostileCorpus(env: Env): fc.IAsyncPropertyWithHooks<[Map<string, MemEntry>, boolean, string]> {
  return fc.asyncProperty(corpusFolder(env), fc.boolean(), briefText(env, 800), async (folder, withRealPath, brief) => {
    const fs = memoryFileSystem(folder, withRealPath);
    const corpus = await loadCorpus(['/c', '/c', '/missing'], fs, { maxFileBytes: 1_000_000 });
    for (const p of corpus.problems) {
      if (typeof p.file !== 'string' || p.file === '' || typeof p.message !== 'string' || p.message.trim() === '') {
        throw new InvariantError(`a problem without a file or a reason: ${JSON.stringify(p)}`);
      }
    }
    const keys = new Set<string>();
    for (const s of corpus.sources) {
      if (!s.file.startsWith('/c/')) throw new InvariantError(`a source from outside the corpus folder was indexed: ${s.file}`);
      if (keys.has(s.key)) throw new InvariantError(`two sources share the key ${s.key}`);
      keys.add(s.key);
      if (withRealPath && corpus.sourceText(s.key)?.includes('Secret outside the corpus')) throw new InvariantError(`${s.file} read a file outside the corpus`);
    }
    for (let id = 0; id < corpus.passageCount; id++) {
      const p = corpus.passage(id);
      checkEvidence(`passage ${id}`, { ...p, stance: 'related', range: corpus.rangeIn(p.key, p.start, p.end), score: 0, passageId: id }, corpus);
    }
    const uri = nextUri();
    const result = new BriefChecker(corpus).check(brief, uri, 1);
    checkResult(brief, result, corpus, uri, 1);
  });
}

/** Builds a Corpus straight from the seed sources in any order: the same verdicts, corrections and findings. */
export function sourceOrderIndependent(env: Env): fc.IPropertyWithHooks<[number[], string]> {
  return fc.property(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }), briefText(env, 1200), (order, text) => {
    const loaded = env.corpus.sources.map((s) => ({ key: s.key, title: s.title, file: s.file, text: env.corpus.sourceText(s.key)! }));
    const permuted = new Corpus(order.map((i) => nth(loaded, i, 'source')));
    const base = new Corpus(loaded);
    // Ties between equally good passages are ranked by passage id, which follows source order, so
    // which of two equally supporting sources is quoted and suggested may change; the loader fixes
    // that order (folders as given, sorted paths). Verdicts, corrections and findings must not move.
    const strip = (r: BriefResult): string =>
      JSON.stringify([r.sentences.map((s) => [s.span, s.verdict, s.corrections]), r.findings.map((f) => [f.code, f.span, f.severity])]);
    const a = strip(new BriefChecker(base).check(text, 'u', 1));
    const b = strip(new BriefChecker(permuted).check(text, 'u', 1));
    if (a !== b) throw new InvariantError(`source order ${order.join(',')} changes the result`);
  });
}
