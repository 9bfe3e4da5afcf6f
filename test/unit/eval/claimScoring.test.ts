// The claim-set figures, and the rule that a sealed set leaves the harness as figures only.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isSealedPath } from '../../../scripts/eval/claimSets';
import { Confusion } from '../../../scripts/eval/metrics';
import { claimSetText, publicFigures } from '../../../scripts/eval/reportClaims';
import { scoreClaimSet } from '../../../scripts/eval/scoreClaims';

function tempSet(folder: string, claims: object[]): { claimsFile: string; corpusDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-lens-eval-'));
  const dir = path.join(root, folder);
  const corpusDir = path.join(dir, 'corpus');
  fs.mkdirSync(corpusDir, { recursive: true });
  fs.writeFileSync(path.join(corpusDir, 'harbour.txt'), 'The harbour authority opened a new pier in 2019. The pier cost 12 million pounds to build.\n');
  const claimsFile = path.join(dir, 'claims.jsonl');
  fs.writeFileSync(claimsFile, claims.map((claim) => JSON.stringify(claim)).join('\n') + '\n');
  return { claimsFile, corpusDir };
}

const CLAIMS = [
  { id: 'c1', claim: 'The pier cost 12 million pounds to build.', label: 'supported', source: 'harbour.txt', evidence: 'The pier cost 12 million pounds to build.' },
  { id: 'c2', claim: 'The pier cost 40 million pounds to build.', label: 'contradicted', source: 'harbour.txt', evidence: 'The pier cost 12 million pounds to build.', expect: '12 million' },
  { id: 'c3', claim: 'A secret tunnel links the pier to the lighthouse on the Moon.', label: 'supported' },
];

describe('eval: claim-set figures', () => {
  it('counts false support as contradicted claims called supported, over contradicted claims', () => {
    const confusion = new Confusion();
    confusion.add('contradicted', 'supported');
    confusion.add('contradicted', 'contradicted');
    confusion.add('contradicted', 'unsupported');
    confusion.add('unsupported', 'contradicted');
    assert.deepEqual(confusion.falseSupport(), { rate: 1 / 3, count: 1, of: 3 });
    assert.equal(confusion.contradictedPrecision(), 0.5);
    assert.equal(confusion.accuracy(), 0.25);
  });

  it('averages F1 over the labels the gold set holds', () => {
    const confusion = new Confusion();
    confusion.add('supported', 'supported');
    confusion.add('contradicted', 'contradicted');
    assert.equal(confusion.macroF1(), 1);
  });

  it('groups misses by the check that decided them, (none) while the engine gives no explanation', async () => {
    const { claimsFile, corpusDir } = tempSet('open', CLAIMS);
    const figures = await scoreClaimSet({ name: 'open', claimsFile, corpusDirs: [corpusDir], sealed: false });
    const groups = Object.values(figures.decidedBy).reduce((n, group) => n + group.claims, 0);
    assert.equal(groups, 3);
    const misses = Object.values(figures.misses ?? {}).flat();
    assert.ok(misses.some((miss) => miss.id === 'c3' && miss.reasons.includes('verdict')));
  });

  it('keeps no sentence, id or miss of a sealed set, and prints none', async () => {
    const { claimsFile, corpusDir } = tempSet('sealed', CLAIMS);
    assert.equal(isSealedPath(claimsFile), true);
    const figures = await scoreClaimSet({ name: 'sealed', claimsFile, corpusDirs: [corpusDir], sealed: true });
    assert.equal(figures.misses, undefined);
    const printed = claimSetText(figures, true) + JSON.stringify(publicFigures(figures));
    for (const claim of CLAIMS) {
      assert.ok(!printed.includes(claim.claim), 'a sealed claim was printed');
      assert.ok(!printed.includes(`${claim.id} `), 'a sealed id was printed');
    }
  });

  it('strips misses from a sealed set even when they were handed over', () => {
    const leaked = { set: 'x', sealed: true, misses: { '(none)': [{ id: 'c1', gold: 'supported', predicted: 'unsupported', claim: 'The pier was pink.', reasons: ['verdict'] }] } };
    const shown = publicFigures(leaked as unknown as Parameters<typeof publicFigures>[0]);
    assert.equal('misses' in shown, false);
  });
});
