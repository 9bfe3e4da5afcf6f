// Issue 16: no regular expression in `src` can take more than linear time on any input. Every
// regex literal is checked by recheck (https://makenowjust-labs.github.io/recheck/), which
// decides exponential and polynomial (e.g. quadratic) backtracking from the pattern's automaton
// and falls back to a fuzzer for what the automaton cannot model (look-behind, back-references),
// and returns an attack string when it finds one.
//
// Why recheck and not safe-regex2 (both installed): safe-regex2 only measures star height (a
// quantifier inside a quantifier). It passes `^(a|a)+$` (exponential, one level of stars) and
// every quadratic pattern such as `\s+#+$` or `[^\]]*@[^\]]*` (the kind that took 44–54 s on a
// long line in issue 16), and flags bounded nestings that are harmless. recheck finds both kinds
// and says why. Its verdicts for unchanged patterns are kept in node_modules/.cache so that a
// second run only checks new or edited patterns (a fresh checkout, as in CI, checks them all).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkSync } from 'recheck';
import { regexLiterals, type RegexLiteral } from '../../../scripts/lib/regexLiterals';
import { patternsFromData } from '../../../src/core/claims/classify';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SRC = path.join(ROOT, 'src');
const RECHECK_VERSION = (JSON.parse(fs.readFileSync(require.resolve('recheck/package.json'), 'utf8')) as { version: string }).version;
const MEMO = path.join(ROOT, 'node_modules', '.cache', 'brief-lens-redos.json');

/**
 * Patterns built at run time (`new RegExp`), which no literal check sees, and why each is linear.
 * A new one fails the test below until it is reviewed and listed.
 */
const DYNAMIC: { file: string; why: string }[] = [
  { file: 'core/corpus/corpus.ts', why: 'new RegExp(WORD_PATTERN): a copy of a literal, checked as one' },
  { file: 'core/text/tokens.ts', why: 'new RegExp(WORD_PATTERN): a copy of a literal, checked as one' },
  { file: 'core/claims/classify.ts', why: 'fixed words and single spaces joined by |, one optional \\w+ word: no two quantifiers can share a character' },
  { file: 'core/verify/names.ts', why: 'an escaped literal name between \\b: no quantifier at all' },
  { file: 'extension/text.ts', why: '@ then one class without @ to the end of the line: each @ starts one scan that stops at the next @' },
];

/**
 * Patterns of classify.json whose verdict recheck cannot reach (its automaton does not unroll
 * repetitions bounded at 120, and its fuzzer runs on without end), and why each is linear.
 */
const REVIEWED_DATA: { startsWith: string; why: string }[] = [
  {
    startsWith: '^([^,]{1,30}, )?if ',
    why: 'anchored at the start: one search per sentence, whose groups are bounded at 30 and 120 characters and whose one \\w+ reads one word',
  },
  {
    startsWith: '\\b(would|might|could)( \\w+)?( not)? have ',
    why: 'each search starts at a modal and reads at most 120 characters to "if" and 120 more to "had": a word after "had" is read by the few searches within 240 characters of it',
  },
];

type Verdict = { status: string; detail: string };

/**
 * recheck bounded by steps (characters its matcher reads), never by time: its defaults stop
 * the whole check, the fuzzer's incubation and seeding and the attack's validation after so many
 * milliseconds, so on a loaded machine a verdict could turn `unknown` or miss an attack. Without
 * them a verdict depends only on the pattern (the fuzzer's random seed is fixed).
 */
const STEPS_ONLY = { timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null, attackLimit: 100_000_000, randomSeed: 0 } as const;
/** Part of the memo's key: verdicts found under other limits are checked again. */
const LIMITS = 'steps-only-1';

function verdict(literal: Pick<RegexLiteral, 'source' | 'flags'>): Verdict {
  const result = checkSync(literal.source, literal.flags.replace(/[gy]/g, ''), STEPS_ONLY);
  if (result.status === 'vulnerable') return { status: 'vulnerable', detail: `${result.complexity.type}; attack ${result.attack.pattern}` };
  if (result.status === 'unknown') return { status: 'unknown', detail: result.error.kind };
  return { status: 'safe', detail: result.checker };
}

function readMemo(): Record<string, Verdict> {
  try {
    return JSON.parse(fs.readFileSync(MEMO, 'utf8')) as Record<string, Verdict>;
  } catch {
    return {};
  }
}

describe('safety: every regular expression in src runs in linear time (issue 16)', function () {
  this.timeout(300_000);

  it('recheck finds each literal safe (no exponential or polynomial backtracking)', () => {
    const literals = regexLiterals(SRC);
    assert.ok(literals.length > 100, `${literals.length} literals found: the extractor works`);
    const memo = readMemo();
    const unsafe: string[] = [];
    for (const literal of literals) {
      const key = `${RECHECK_VERSION} ${LIMITS} /${literal.source}/${literal.flags}`;
      const found = memo[key]?.status === 'safe' ? memo[key] : verdict(literal);
      if (found.status === 'safe') memo[key] = found;
      else unsafe.push(`${literal.file}:${literal.line} /${literal.source}/${literal.flags}: ${found.status} (${found.detail})`);
    }
    fs.mkdirSync(path.dirname(MEMO), { recursive: true });
    // A new file renamed over the old: never rewrites a memo file shared by a hard link.
    const written = `${MEMO}.${process.pid}.tmp`;
    fs.writeFileSync(written, JSON.stringify(memo));
    fs.renameSync(written, MEMO);
    assert.deepEqual(unsafe, [], `rewrite these as a scanner or a bounded, anchored pattern:\n${unsafe.join('\n')}`);
  });

  it('recheck finds each pattern kept as data (classify.json) safe too', () => {
    const patterns = patternsFromData();
    assert.ok(patterns.length > 30, `${patterns.length} patterns from data`);
    const reviewed = patterns.filter((pattern) => REVIEWED_DATA.some((r) => pattern.source.startsWith(r.startsWith)));
    assert.equal(reviewed.length, REVIEWED_DATA.length, 'each reviewed pattern is still in classify.json');
    const memo = readMemo();
    const unsafe = patterns
      .filter((pattern) => !reviewed.includes(pattern))
      .map((pattern) => {
        const key = `${RECHECK_VERSION} ${LIMITS} /${pattern.source}/${pattern.flags}`;
        const found = memo[key]?.status === 'safe' ? memo[key] : verdict(pattern);
        return { pattern, found };
      })
      .filter(({ found }) => found.status !== 'safe')
      .map(({ pattern, found }) => `/${pattern.source}/${pattern.flags}: ${found.status} (${found.detail})`);
    assert.deepEqual(unsafe, [], `rewrite these patterns of classify.json:\n${unsafe.join('\n')}`);
  });

  it('the check finds the patterns issue 16 reported (so the test above can fail)', () => {
    const reported = [
      { source: '^(?:[ \\t]*(?:[-*+>]|\\d{1,9}[.)])[ \\t]+){32}', flags: 'm', type: 'exponential' }, // the old deep-nesting guard
      { source: "((?:[\\p{Lu}][\\p{L}\\-']*[\\s\\-]+(?:(?:of|and|for|the|on|in)\\s+)?){1,8})[('\"‘’“”\\s]*\\(\\s*([\\p{Lu}][\\p{Lu}\\p{Ll}]{1,9})\\s*\\)", flags: 'gu', type: 'exponential' }, // the old acronym learner
      { source: '\\[([^\\[\\]\\n]*@[^\\[\\]\\n]*)\\]', flags: 'g', type: 'polynomial' }, // the old citation group
      { source: '\\s+#+$', flags: '', type: 'polynomial' }, // the old title clean-up
    ];
    for (const pattern of reported) {
      const found = verdict(pattern);
      assert.equal(found.status, 'vulnerable', pattern.source);
      assert.match(found.detail, new RegExp(`^${pattern.type};`));
    }
  });

  it('every pattern built at run time is reviewed and listed', () => {
    const sites: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const location = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(location);
        else if (entry.name.endsWith('.ts') && /\bnew RegExp\(/.test(fs.readFileSync(location, 'utf8'))) sites.push(path.relative(SRC, location).split(path.sep).join('/'));
      }
    };
    walk(SRC);
    assert.deepEqual(sites.sort(), DYNAMIC.map((d) => d.file).sort());
  });
});
