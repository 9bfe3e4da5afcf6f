// The labelled claim sets `npm run eval` knows by name, where their files live, and which are sealed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Verdict } from '../../src/core';

export interface LabelledClaim {
  id: string;
  claim: string;
  label: Verdict;
  source?: string;
  evidence?: string;
  /** Further gold evidence sentences, each enough on its own (Fool Me Twice labels up to two). */
  otherEvidence?: string[];
  expect?: string;
}

/** Every labelled evidence sentence of a claim, the first one first. */
export function goldEvidence(claim: LabelledClaim): string[] {
  return claim.evidence ? [claim.evidence, ...(claim.otherEvidence ?? [])] : [];
}

export interface ClaimSet {
  name: string;
  claimsFile: string;
  corpusDirs: string[];
  /** Scored only: its sentences and misses are never printed. */
  sealed: boolean;
}

export const ROOT = path.resolve(__dirname, '..', '..');
/** The team's shared folder sits beside the worktrees; the lead keeps unversioned data there. */
const SHARED_EVAL = path.join(ROOT, '..', 'shared', 'eval');

/**
 * The Fool Me Twice sample: the lead's shared copy when there is one, else one made in this
 * worktree by scripts/eval/fmt-sample.ts. Undefined when neither exists.
 */
export function fmtDir(): string | undefined {
  return [path.join(SHARED_EVAL, 'fmt'), path.join(ROOT, 'eval', 'fmt')].find((dir) => fs.existsSync(path.join(dir, 'dev-claims.jsonl')));
}

/** A set is sealed when a folder on its path has `sealed` in its name (`sealed`, `seeds-sealed`) or holds a `sealed` marker file. */
export function isSealedPath(file: string): boolean {
  const parts = path.resolve(file).split(path.sep).slice(0, -1);
  if (parts.some((part) => /sealed/i.test(part))) return true;
  for (let dir = path.dirname(path.resolve(file)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'sealed')) && fs.statSync(path.join(dir, 'sealed')).isFile()) return true;
    if (dir === ROOT) break;
  }
  return false;
}

export const SET_NAMES = ['dev', 'seeds-dev', 'heldout', 'sotu-b-dev', 'sotu-d-dev', 'seeds-g-dev', 'sotu-e-dev', 'sotu-c-dev', 'sotu-e-p-dev', 'seeds-p-dev', 'seeds-h-dev', 'seeds-sealed', 'sealed', 'sotu-b-sealed', 'sotu-d-sealed', 'seeds-g-sealed', 'sotu-e-sealed', 'sotu-c-sealed', 'sotu-e-p-sealed', 'seeds-p-sealed', 'seeds-h-sealed', 'fmt'] as const;
export type SetName = (typeof SET_NAMES)[number];

/** The named set, or a message saying why it cannot be run here. */
export function namedSet(name: SetName): ClaimSet | string {
  switch (name) {
    case 'dev':
      return { name, claimsFile: path.join(SHARED_EVAL, 'dev-claims.jsonl'), corpusDirs: [path.join(ROOT, 'seeds')], sealed: false };
    case 'seeds-dev':
      return { name, claimsFile: path.join(ROOT, 'eval', 'seeds-dev', 'claims.jsonl'), corpusDirs: [path.join(ROOT, 'seeds')], sealed: false };
    case 'sotu-e-dev':
    case 'sotu-e-sealed':
    case 'sotu-e-p-dev':
    case 'sotu-e-p-sealed':
      return { name, claimsFile: path.join(ROOT, 'eval', name, 'claims.jsonl'), corpusDirs: [path.join(ROOT, 'eval', 'sotu-e', 'corpus')], sealed: name.endsWith('-sealed') };
    case 'sotu-c-dev':
    case 'sotu-c-sealed':
      return { name, claimsFile: path.join(ROOT, 'eval', name, 'claims.jsonl'), corpusDirs: [path.join(ROOT, 'eval', 'sotu-c', 'corpus')], sealed: name === 'sotu-c-sealed' };
    case 'seeds-g-dev':
    case 'seeds-g-sealed':
    case 'seeds-p-dev':
    case 'seeds-p-sealed':
    case 'seeds-h-dev':
    case 'seeds-h-sealed':
      return { name, claimsFile: path.join(ROOT, 'eval', name, 'claims.jsonl'), corpusDirs: [path.join(ROOT, 'seeds')], sealed: name.endsWith('-sealed') };
    case 'seeds-sealed':
      return { name, claimsFile: path.join(ROOT, 'eval', 'seeds-sealed', 'claims.jsonl'), corpusDirs: [path.join(ROOT, 'seeds')], sealed: true };
    case 'heldout':
      return { name, claimsFile: path.join(ROOT, 'eval', 'heldout', 'claims.jsonl'), corpusDirs: [path.join(ROOT, 'eval', 'heldout', 'corpus')], sealed: false };
    case 'sealed':
      return { name, claimsFile: path.join(ROOT, 'eval', 'sealed', 'claims.jsonl'), corpusDirs: [path.join(ROOT, 'eval', 'sealed', 'corpus')], sealed: true };
    case 'sotu-b-dev':
    case 'sotu-b-sealed':
      return { name, claimsFile: path.join(ROOT, 'eval', name, 'claims.jsonl'), corpusDirs: [path.join(ROOT, 'eval', 'sotu-b', 'corpus')], sealed: name === 'sotu-b-sealed' };
    case 'sotu-d-dev':
    case 'sotu-d-sealed':
      return { name, claimsFile: path.join(ROOT, 'eval', name, 'claims.jsonl'), corpusDirs: [path.join(ROOT, 'eval', 'sotu-d', 'corpus')], sealed: name === 'sotu-d-sealed' };
    case 'fmt': {
      const dir = fmtDir();
      if (!dir) return 'fmt: no Fool Me Twice sample here; make one with `npx tsx scripts/eval/fmt-sample.ts --repo GIT_DIR` (see eval/fmt/README.md)';
      return { name, claimsFile: path.join(dir, 'dev-claims.jsonl'), corpusDirs: [path.join(dir, 'corpus')], sealed: false };
    }
  }
}

/** A set given by its files (`--claims FILE --corpus DIR...`); sealed when its path says so. */
export function customSet(claimsFile: string, corpusDirs: string[]): ClaimSet {
  const name = path.relative(ROOT, path.resolve(claimsFile)) || claimsFile;
  return { name, claimsFile, corpusDirs: corpusDirs.length ? corpusDirs : [path.join(ROOT, 'seeds')], sealed: isSealedPath(claimsFile) };
}

const LABELS = new Set<string>(['supported', 'contradicted', 'unsupported', 'opinion']);

/** Reads a JSONL claim file; a bad line is reported by its number, without its text. */
export function readClaims(file: string): LabelledClaim[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const claims: LabelledClaim[] = [];
  lines.forEach((line, at) => {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${at + 1}: not valid JSON`);
    }
    const claim = parsed as Partial<LabelledClaim>;
    if (typeof claim.id !== 'string' || typeof claim.claim !== 'string' || !LABELS.has(String(claim.label))) {
      throw new Error(`${file}:${at + 1}: needs "id", "claim" and a "label" of supported, contradicted, unsupported or opinion`);
    }
    claims.push(claim as LabelledClaim);
  });
  return claims;
}
