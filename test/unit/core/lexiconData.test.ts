// The claim analyser's word lists (src/core/claims/lexicon.json): what each list is for, shown by
// what a user's sentence gets from it.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/claims/analyze';
import { canonicalPlace, COMPARATIVE_BOUNDS, COORDINATED_NEGATIONS, NAME_TITLES, NEGATION_CUES, placeForms, REPORTING_VERBS, SCOPE_BREAKERS } from '../../../src/core/claims/lexicon';
import data from '../../../src/core/claims/lexicon.json';
import { extractQuantities } from '../../../src/core/claims/quantities';
import quantityData from '../../../src/core/claims/quantities.json';
import { isStopword } from '../../../src/core/text/stopwords';
import stopwordData from '../../../src/core/text/stopwords.json';
import { tokenize } from '../../../src/core/text/tokens';

describe('claims lexicon data', () => {
  it('holds lower-case words, each entry once per list', () => {
    for (const [name, list] of Object.entries(data)) {
      if (!Array.isArray(list)) continue;
      const words = list.flat();
      assert.ok(words.every((w) => w === w.toLowerCase() && w.trim() === w && w.length > 0), name);
      // A word may stand in two pairs ("rather than", "other than"); a pair or word only once.
      const entries = list.map((entry: string | string[]) => (Array.isArray(entry) ? entry.join(' ') : entry));
      assert.equal(new Set(entries).size, entries.length, `${name} repeats an entry`);
    }
  });

  it('negation cues negate to the end of the clause; a scope breaker ends it', () => {
    const a = analyze('The plan failed to cut costs but raised wages.', 0);
    const negated = a.tokens.filter((_, i) => a.negated[i]).map((t) => t.norm);
    assert.deepEqual(negated, ['to', 'cut', 'costs']);
    assert.ok(NEGATION_CUES.has('without') && SCOPE_BREAKERS.has('but'));
  });

  it('prepositional negations are negation cues; privative phrases are not, alone', () => {
    for (const cue of data.prepositionalNegations) assert.ok(NEGATION_CUES.has(cue), cue);
    for (const [adjective] of data.privativePhrases) assert.ok(!NEGATION_CUES.has(adjective ?? ''), adjective);
  });

  it('affirming negations open with a negation cue, and negate nothing', () => {
    for (const [cue] of data.affirmingNegations) assert.ok(NEGATION_CUES.has(cue ?? ''), cue);
    const a = analyze('There is no alternative to abolishing that system.', 0);
    assert.deepEqual([a.cues, a.negated.some(Boolean)], [[], false]);
    const b = analyze('There is no alternative plan.', 0);
    assert.deepEqual(b.cues.map((k) => b.tokens[k]?.norm), ['no']);
  });

  it('negative implicatives are negation cues, negating only their complement', () => {
    for (const cue of [...data.infinitiveNegators, ...data.gerundNegators, ...data.negatorsOnlyBeforeInfinitive]) assert.ok(NEGATION_CUES.has(cue), cue);
    for (const cue of data.negatorsOnlyBeforeInfinitive) assert.ok(data.infinitiveNegators.includes(cue), cue);
    // "nothing" and "during" end in -ing, but no gerund follows "avoided": only "nothing" negates.
    const a = analyze('The states avoided nothing during the crisis.', 0);
    assert.deepEqual(a.cues.map((k) => a.tokens[k]?.norm), ['nothing']);
  });

  it('coordinated negations are negation cues, each negating the item after it', () => {
    for (const cue of COORDINATED_NEGATIONS) assert.ok(NEGATION_CUES.has(cue), cue);
    const a = analyze('We seek neither territory nor bases.', 0);
    assert.deepEqual(a.cues.map((k) => a.tokens[k]?.norm), ['neither', 'nor']);
  });

  it('places: every form names its canonical place, and the canonical name lists its forms', () => {
    assert.equal(canonicalPlace('american'), 'us');
    assert.equal(canonicalPlace('britain’s'), 'uk');
    assert.equal(canonicalPlace('burmese'), 'myanmar');
    assert.equal(canonicalPlace('atlantis'), undefined);
    assert.ok(placeForms('china').includes('chinese'));
    for (const forms of data.placeForms) for (const form of forms) assert.equal(canonicalPlace(form), forms[0], form);
  });

  it('titles, bounds and reporting verbs are the ones the analyser reads', () => {
    assert.ok(NAME_TITLES.has('senator') && NAME_TITLES.has('institute'));
    assert.ok(COMPARATIVE_BOUNDS.has('fewer'));
    assert.ok(REPORTING_VERBS.has('argues') && !REPORTING_VERBS.has('confirmed'));
  });
});

describe('figure and stopword data', () => {
  it('stopwords: lower-case function words, each once; content words are not among them', () => {
    const words = stopwordData.words;
    assert.ok(words.every((w) => w === w.toLowerCase() && w.trim() === w && w.length > 0));
    assert.equal(new Set(words).size, words.length);
    assert.ok(isStopword('the') && isStopword('above') && !isStopword('tariff') && !isStopword('never'));
  });

  it('quantities: every list is lower-case and read by the figure reader', () => {
    for (const [name, list] of Object.entries(quantityData)) {
      if (!Array.isArray(list)) continue;
      // A list of phrases ("in which") holds each phrase's words.
      const entries: readonly (string | readonly string[])[] = list;
      assert.ok(entries.flat().every((w) => w === w.toLowerCase()), name);
      assert.equal(new Set(entries.map((entry) => JSON.stringify(entry))).size, entries.length, `${name} repeats an entry`);
    }
    const values = (text: string): string[] => extractQuantities(text, tokenize(text)).map((q) => `${q.kind}:${q.value}${q.currency ? ` ${q.currency}` : ''}`);
    assert.deepEqual(values('It cost 40 million pounds over five consecutive years.'), ['money:40000000 GBP', 'duration:1826.25']);
    assert.deepEqual(values('Half the budget went to Tier 1 partners in March 2024.'), ['percent:50', 'date:20240301']);
  });
});
