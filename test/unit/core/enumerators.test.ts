// Numbers that count a list or a table's rows are not figures: blanked in the prose the engine
// reads, so "2. Taxes." and a row "| 1 (industry) | … |" raise no "No source states “2”".
import * as assert from 'node:assert/strict';
import { withoutEnumerators } from '../../../src/core/brief/enumerators';
import { check, seedCorpus } from './helpers';

describe('list and row numbers', () => {
  const cases: Array<[string, string]> = [
    ['1. Poverty. 2. Taxes. 3. Security.', '   Poverty.    Taxes.    Security.'],
    ['Outline: 1. Poverty. 2. Taxes.', 'Outline:    Poverty.    Taxes.'],
    ['3. AI partnerships grow.', '   AI partnerships grow.'],
    // A figure that ends a sentence, or opens one, is a figure.
    ['The vote was 52 to 48. 3 members abstained.', 'The vote was 52 to 48. 3 members abstained.'],
    ['Growth reached 3. Then it fell.', 'Growth reached 3. Then it fell.'],
    // A row's first cell as the prose has it (cells parted by ";").
    [';  1 (industry) ; Founder of a start-up ;', ';    (industry) ; Founder of a start-up ;'],
    [';  2 ; Researcher at Oxford ;', ';    ; Researcher at Oxford ;'],
    [';  2016 ; Obama said 14 million jobs ;', ';  2016 ; Obama said 14 million jobs ;'],
    [';  Seats ; 12 ;', ';  Seats ; 12 ;'],
  ];
  for (const [prose, read] of cases) {
    it(`reads ${JSON.stringify(prose)} as ${JSON.stringify(read)}`, () => assert.equal(withoutEnumerators(prose), read));
  }

  it('keeps the brief\'s text and ranges: only the prose loses the numbers', async () => {
    const brief = 'Episode outline: 1. Poverty. 2. Taxes. 3. Security.\n\n| Panel | Witness | Source |\n|---|---|---|\n| 1 (industry) | A founder who built several LLMs at Meta while in the UK | [@sovereignthread] |\n';
    const result = check(await seedCorpus(), brief);
    const flagged = result.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => brief.slice(f.span.start, f.span.end));
    assert.deepEqual(flagged.filter((text) => /^\d+\.?$/.test(text.trim()) || text.startsWith('2. ') || text.startsWith('3. ')), []);
    assert.ok(result.sentences.some((s) => s.text === '2. Taxes.'), 'the sentence keeps its number as written');
  });
});
