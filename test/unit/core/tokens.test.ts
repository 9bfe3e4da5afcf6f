import * as assert from 'assert';
import { contentTokens, movedToken, normalizeSpelling, tokenWith, tokenize, type Token } from '../../../src/core/text/tokens';
import { first, nth } from '../../support/present';

function stems(text: string): string[] {
  return tokenize(text).map((t) => t.stem);
}

describe('text/tokens', () => {
  it('gives British and American spellings the same stem', () => {
    const pairs: Array<[string, string]> = [
      ['organisation', 'organization'],
      ['programme', 'program'],
      ['colour', 'color'],
      ['centre', 'center'],
      ['analysed', 'analyzed'],
      ['prioritise', 'prioritize'],
      ['catalogue', 'catalog'],
      ['defence', 'defense'],
      ['modelled', 'modeled'],
    ];
    for (const [gb, us] of pairs) assert.strictEqual(stems(gb)[0], stems(us)[0], `${gb} / ${us}`);
    assert.deepStrictEqual(
      ['organisation', 'colour', 'centre', 'analysed', 'defence'].map(normalizeSpelling),
      ['organization', 'color', 'center', 'analyzed', 'defense'],
    );
  });

  it('leaves short words and unrelated words alone', () => {
    assert.strictEqual(normalizeSpelling('rise'), 'rise');
    assert.strictEqual(normalizeSpelling('hour'), 'hour');
    assert.notStrictEqual(stems('sentence')[0], stems('sense')[0]);
  });

  it('folds every form of a verb alike: "-ise" is the suffix only after a root of its own', () => {
    for (const forms of [['raise', 'raised', 'raising'], ['advise', 'advising'], ['praise', 'praising'], ['realise', 'realising', 'realized']]) {
      assert.strictEqual(new Set(forms.map((form) => stems(form)[0])).size, 1, forms.join(' / '));
    }
    assert.strictEqual(normalizeSpelling('raising'), 'raising');
    assert.strictEqual(normalizeSpelling('realising'), 'realizing');
  });

  it('drops the possessive so "UK\'s" and "UK" are the same word, with straight or curly apostrophes', () => {
    const straight = first(tokenize("the UK's labs").slice(1, 2), 'token');
    const curly = first(tokenize('the UK’s labs').slice(1, 2), 'token');
    assert.strictEqual(straight.raw, 'UK');
    assert.strictEqual(curly.raw, 'UK');
    assert.deepStrictEqual([straight.start, straight.end], [4, 6]);
    assert.strictEqual(straight.stem, nth(tokenize('UK'), 0, 'token').stem);
    assert.strictEqual(nth(tokenize('Tech’s'), 0, 'token').stem, nth(tokenize('Tech'), 0, 'token').stem);
  });

  it('keeps inner apostrophes of contractions', () => {
    assert.deepStrictEqual(tokenize("don't stop").map((t) => t.norm), ["don't", 'stop']);
    assert.deepStrictEqual(tokenize('don’t').map((t) => t.norm), ["don't"]);
  });

  it('records exact offsets (shifted by the base) and flags', () => {
    const tokens = tokenize('Oxford got £60,000 from UCL in 2026', 100);
    assert.deepStrictEqual(
      tokens.map((t) => [t.raw, t.start, t.end]),
      [
        ['Oxford', 100, 106],
        ['got', 107, 110],
        ['60,000', 112, 118],
        ['from', 119, 123],
        ['UCL', 124, 127],
        ['in', 128, 130],
        ['2026', 131, 135],
      ],
    );
    assert.strictEqual(nth(tokens, 2, 'token').norm, '60000');
    assert.strictEqual(nth(tokens, 2, 'token').numeric, true);
    assert.strictEqual(nth(tokens, 0, 'token').capitalized, true);
    assert.strictEqual(nth(tokens, 0, 'token').allCaps, false);
    assert.strictEqual(nth(tokens, 4, 'token').allCaps, true);
    assert.strictEqual(nth(tokens, 3, 'token').stop, true);
  });

  it('marks a word joined to the previous one by a hyphen', () => {
    const tokens = tokenize('non-NVIDIA open-source - gap');
    assert.deepStrictEqual(tokens.map((t) => [t.raw, t.hyphenAfterPrevious]), [
      ['non', false],
      ['NVIDIA', true],
      ['open', false],
      ['source', true],
      ['gap', false],
    ]);
  });

  it('stems inflections together and keeps numbers as written', () => {
    assert.strictEqual(stems('labs')[0], stems('lab')[0]);
    assert.strictEqual(stems('funding')[0], stems('funded')[0]);
    assert.deepStrictEqual(stems('1997'), ['1997']);
  });

  it('contentTokens drops stopwords only', () => {
    assert.deepStrictEqual(contentTokens(tokenize('The labs will focus on the models')).map((t) => t.raw), ['labs', 'focus', 'models']);
  });

  // The list had kept "won" and "don" from contractions the tokenizer reads whole ("won't",
  // "don't"): the past of "win" was never compared ("The British won the Battles of Saratoga").
  it('a word of a contraction is no stopword of its own: "won", "don"', () => {
    assert.deepStrictEqual(contentTokens(tokenize("The British won the battle, but don't ask Don.")).map((t) => t.raw), ['British', 'won', 'battle', "don't", 'ask', 'Don']);
  });

  // A token reads its word through its shared shape: an object spread would drop the word.
  const word = (t: Token) => [t.raw, t.norm, t.stem, t.capitalized, t.allCaps, t.numeric, t.stop, t.hyphenAfterPrevious];

  it('a moved token keeps its word and takes the new place', () => {
    for (const t of tokenize("The UK's non-NVIDIA labs spent 40 million")) {
      const moved = movedToken(t, t.start + 100, t.end + 101);
      assert.deepStrictEqual(word(moved), word(t), t.raw);
      assert.deepStrictEqual([moved.start, moved.end], [t.start + 100, t.end + 101]);
    }
  });

  it('tokenWith changes only what it is given', () => {
    const tokens = tokenize('Signed up');
    const phrase = tokenWith(first(tokens), { norm: 'signed_up', stem: 'signed_up', end: nth(tokens, 1).end });
    assert.deepStrictEqual([phrase.raw, phrase.norm, phrase.stem, phrase.start, phrase.end, phrase.capitalized], ['Signed', 'signed_up', 'signed_up', 0, 9, true]);
  });
});
