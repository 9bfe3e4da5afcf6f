import * as assert from 'assert';
import { citationPrefix, emptyReferencesHeading } from '../../../src/extension/text';

describe('extension text helpers', () => {
  it('citationPrefix: after [@, @ inside brackets and ; @, not after an e-mail address', () => {
    assert.strictEqual(citationPrefix('A claim [@'), '');
    assert.strictEqual(citationPrefix('A claim [@ukop'), 'ukop');
    assert.strictEqual(citationPrefix('A claim [see @lwin'), 'lwin');
    assert.strictEqual(citationPrefix('A claim [@a, p. 3; @b'), 'b');
    assert.strictEqual(citationPrefix('cited; @x'), 'x');
    assert.strictEqual(citationPrefix('mail someone@exa'), undefined);
    assert.strictEqual(citationPrefix('[@done] and then @'), undefined);
    assert.strictEqual(citationPrefix('no citation here'), undefined);
  });

  it('emptyReferencesHeading finds an empty References / Sources heading only', () => {
    const text = '# Brief\n\nA claim [@a].\n\n## References\n\n';
    assert.deepStrictEqual(emptyReferencesHeading(text), { start: text.indexOf('## References'), end: text.length });
    const middle = '# Brief\n\n## Sources\n\n## Annex\n\nText.\n';
    assert.deepStrictEqual(emptyReferencesHeading(middle), { start: middle.indexOf('## Sources'), end: middle.indexOf('## Annex') });
    assert.strictEqual(emptyReferencesHeading('## References\n\n- [@a] Someone (2020).\n'), undefined);
    assert.strictEqual(emptyReferencesHeading('# Brief\n\nNo heading.\n'), undefined);
  });
});
