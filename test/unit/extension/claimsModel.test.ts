// The Claims view's grouping, filter, citations and screen-reader labels (no `vscode` needed).
import { strict as assert } from 'node:assert';
import { citationOf, claimCitation, claimSpeech, groupClaims } from '../../../src/extension/claimsModel';
import { VERDICT_ORDER } from '../../../src/core';
import { exampleReport } from '../report/fixtures';

describe('Claims view model', () => {
  it('groups by section in document order, by verdict worst first, and filters by verdict', async () => {
    const { model } = await exampleReport();
    const claims = model.briefs[0]!.claims;
    const all = new Set(VERDICT_ORDER);
    assert.deepEqual(groupClaims(claims, 'section', all).map((group) => [group.label, group.claims.length]), [
      ['Executive summary', 3], ['Context', 8], ['Policy options', 3], ['Recommendations', 3],
    ]);
    assert.deepEqual(groupClaims(claims, 'verdict', all).map((group) => [group.label, group.claims.length]), [
      ['Contradicted', 5], ['Unsupported', 3], ['Supported', 5], ['Opinion / analysis', 4],
    ]);
    const contradicted = groupClaims(claims, 'section', new Set(['contradicted'] as const));
    assert.deepEqual(contradicted.map((group) => [group.label, group.claims.map((claim) => claim.range.start.line + 1)]), [
      ['Executive summary', [11]], ['Context', [17, 18, 19, 20]],
    ]);
    assert.deepEqual(groupClaims(claims, 'verdict', new Set()), []);
  });

  it('cites a claim by its best supporting passage, else by the keys it cites; pages when known', async () => {
    const { model } = await exampleReport();
    const claims = model.briefs[0]!.claims;
    const byLine = (line: number) => claims.find((claim) => claim.range.start.line + 1 === line)!;
    assert.equal(claimCitation(byLine(22)), '[@opensourcechina]', 'uncited but supported: the supporting source');
    assert.equal(claimCitation(byLine(21)), '[@sovereignthread]', 'cited wrongly: the source that does support it');
    assert.equal(claimCitation(byLine(17)), '[@opensourcechina]', 'contradicted: the keys it cites');
    assert.equal(claimCitation(byLine(13)), undefined, 'an opinion citing nothing');
    assert.equal(citationOf({ key: 'report2024', page: 12 }), '[@report2024, p. 12]');
  });

  it('reads a claim to a screen reader verdict first, with keys, line and findings', async () => {
    const { model } = await exampleReport();
    assert.equal(claimSpeech(model.briefs[0]!.claims[0]!),
      'Contradicted: Oxford and UCL share £40 million of new funding for open-source AI labs [@ukopenlabs]. Cites ukopenlabs. Line 11. 1 finding.');
  });
});
