import * as assert from 'assert';
import { citationPrefix, correctionLine, emptyReferencesHeading, pageLocatorKey } from '../../../src/extension/text';

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

describe('hover: what a correction says', () => {
  const at = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, span: { start: 0, end: 3 } };
  it('a figure, and each side of a negation', () => {
    assert.strictEqual(correctionLine({ kind: 'figure', claimed: '£40 million', source: '£60 million', ...at }), 'The source says **£60 million**, not **£40 million** (figure).');
    assert.strictEqual(correctionLine({ kind: 'polarity', claimed: 'not', source: 'eventually', negation: 'claim', ...at }), 'The source asserts what the brief negates with **not** (it says **eventually**).');
    assert.strictEqual(correctionLine({ kind: 'polarity', claimed: 'assume', source: 'cannot', negation: 'source', ...at }), 'The source negates with **cannot** what the brief asserts (**assume**).');
  });
  it('pageLocatorKey: the key after [@key, p. (and pp., page; see-prefixed or in a group), nothing elsewhere', () => {
    assert.strictEqual(pageLocatorKey('Wages rose [@truman1946, p.'), 'truman1946');
    assert.strictEqual(pageLocatorKey('Wages rose [@truman1946, p. '), 'truman1946');
    assert.strictEqual(pageLocatorKey('Wages rose [see @gao-19.2, pp. '), 'gao-19.2');
    assert.strictEqual(pageLocatorKey('Rose [@a; @b, page '), 'b');
    assert.strictEqual(pageLocatorKey('Wages rose [@truman1946, p. 3'), undefined);
    assert.strictEqual(pageLocatorKey('Wages rose [@truman1946] p.'), undefined);
    assert.strictEqual(pageLocatorKey('Wages rose @truman1946, p.'), undefined);
  });
});
