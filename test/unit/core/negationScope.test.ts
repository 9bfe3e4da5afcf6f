// Negation as a writer paraphrases it (issue 13): a negating prefix says what "not" says, "whether
// or not" negates nothing, and a negation does not reach a coordinated verb phrase with its own
// auxiliary. Each a class; the passages are not from any brief.
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { analyze } from '../../../src/core/claims/analyze';
import { Corpus } from '../../../src/core/corpus/corpus';

const FILLER = 'Farmers planted wheat in the spring. The harbour opened a new pier. Teachers met in the capital.';

function verdictOf(passage: string, claim: string): { verdict: string; corrections: string[] } {
  const corpus = new Corpus([{ key: 'src', title: 'src', file: '/corpus/src.txt', text: `${FILLER} ${passage} ${FILLER}` }]);
  const s = new BriefChecker(corpus).check(`${claim} [@src]\n`, 'brief.md', 1).sentences[0]!;
  return { verdict: s.verdict, corrections: s.corrections.map((c) => `${c.claimed}->${c.source}`) };
}

function negatedWords(text: string): string[] {
  const a = analyze(text, 0);
  return a.tokens.filter((_, i) => a.negated[i]).map((t) => t.raw);
}

describe('negation as analysts paraphrase it', () => {
  it('an adjective of absence before its preposition ("free of", "exempt from") negates as "without" does; alone it does not', () => {
    assert.deepEqual(negatedWords('The lab must operate free of political constraints.'), ['of', 'political', 'constraints']);
    assert.deepEqual(negatedWords('Small firms are exempt from the levy.'), ['from', 'the', 'levy']);
    assert.deepEqual(negatedWords('The treaty created a free trade area.'), []);
    // A preposition denies its complement, one noun phrase: not the clause after it.
    assert.deepEqual(negatedWords('Without restraint the Treasury would be obliged to spend more.'), ['restraint']);
    assert.deepEqual(negatedWords('He passed the bill without the consent of Congress.'), ['the', 'consent', 'of', 'Congress']);
    assert.deepEqual(negatedWords('They cut spending without raising taxes.'), ['raising', 'taxes']);
    assert.notEqual(verdictOf('Without new legislation, the Treasury will be legally obligated to spend more than $360 billion.', 'Without restraint the Treasury would be legally obliged to spend more than $360 billion.').verdict, 'contradicted');
    const passage = 'The new lab must be able to pay high salaries and operate without political constraints.';
    assert.notEqual(verdictOf(passage, 'The new lab must be able to pay high salaries and operate free of political constraints.').verdict, 'contradicted');
    assert.equal(verdictOf('The governor asked for emergency authority, subject to a legislative veto, to lower the sales tax.', 'The governor asked for emergency authority, free of any legislative veto, to lower the sales tax.').verdict, 'contradicted');
  });

  it('"not yet" negates what follows; "yet" as a conjunction still ends the scope', () => {
    assert.deepEqual(negatedWords('The reform is not yet irreversible.'), ['yet', 'irreversible']);
    assert.deepEqual(negatedWords('The reform is not popular, yet it passed.'), ['popular']);
    assert.equal(verdictOf('The progress in Bosnia is unmistakable, but it is not yet irreversible.', 'The progress in Bosnia has become irreversible.').verdict, 'contradicted');
  });

  it('"does not depend on" says what "independent of" says; "depends on" still contradicts it', () => {
    const passage = 'The port authority runs a freight network independent of the national rail operators.';
    const paraphrase = verdictOf(passage, 'The port authority runs a freight network that does not depend on the national rail operators.');
    assert.notEqual(paraphrase.verdict, 'contradicted');
    assert.deepEqual(paraphrase.corrections, []);
    assert.notEqual(verdictOf('The port authority runs a freight network that relies on the national rail operators.', 'The port authority runs a freight network that does not rely on the national rail operators.').verdict, 'supported');
  });

  it('a source\'s "not" negates the predicate after it, not every word of its clause', () => {
    const passage = 'Catching the two leading ports will not be an easy feat for the coastal towns that make up the second tier of harbours.';
    assert.notEqual(verdictOf(passage, 'The coastal towns make up the second tier of harbours.').verdict, 'contradicted');
    // The same "not" before the claim's own predicate contradicts it.
    assert.equal(verdictOf('The coastal towns will not make up the second tier of harbours.', 'The coastal towns will make up the second tier of harbours.').verdict, 'contradicted');
  });

  it('a source\'s "not" negates its predicate when the claim states it in another word ("main" / "principal")', () => {
    const passage = "Immigrants aren't the principal reason wages haven't gone up; those decisions are made in boardrooms.";
    assert.equal(verdictOf(passage, 'Immigrants are the main reason wages have stagnated.').verdict, 'contradicted');
    assert.equal(verdictOf(passage, 'Immigrants are the principal reason wages have stagnated.').verdict, 'contradicted');
    assert.notEqual(verdictOf(passage, 'Immigrants are not the main reason wages have stagnated.').verdict, 'contradicted');
  });

  it('"not a single" negates the noun after it', () => {
    const passage = 'For the first time since the dawn of the nuclear age, there is not a single Russian missile pointed at the children of America.';
    assert.equal(verdictOf(passage, 'Russian missiles were still aimed at the children of America.').verdict, 'contradicted');
    assert.notEqual(verdictOf(passage, 'No Russian missiles were aimed at the children of America any longer.').verdict, 'contradicted');
  });

  it('a later negation with words of its own between starts its own scope; next to the first, the two compose', () => {
    assert.deepEqual(negatedWords('Workers who are not union members without a contract earn less.'), ['union', 'members', 'a', 'contract', 'earn', 'less']);
    assert.deepEqual(negatedWords('Towns that do not have a station cannot attract commuters.'), ['have', 'a', 'station', 'attract', 'commuters']);
    assert.deepEqual(negatedWords('The plan is not without merit.'), ['without']);
    assert.deepEqual(negatedWords('No one refused to sign the pledge.'), ['one', 'refused']);
    const passage = 'Towns without a rail station cannot attract commuters from the capital.';
    assert.notEqual(verdictOf(passage, 'Towns that do not have a rail station cannot attract commuters from the capital.').verdict, 'contradicted');
  });

  it('a cue written in title case inside a name negates nothing ("the No Child Left Behind Act"); first in a sentence it still does', () => {
    assert.deepEqual(negatedWords('The governor praised the No Child Left Behind Act for raising test scores.'), []);
    assert.deepEqual(negatedWords('Volunteers ran the Never Again campaign in 2019.'), []);
    assert.deepEqual(negatedWords('No Labour minister voted for the bill.'), ['Labour', 'minister', 'voted', 'for', 'the', 'bill']);
    const passage = 'The governor praised the No Child Left Behind Act for raising test scores in every district.';
    assert.equal(verdictOf(passage, 'The governor praised the No Child Left Behind Act for raising test scores in every district.').verdict, 'supported');
  });

  it('"no N … more than X" and "X … more than any N" state one superlative; another rival still contradicts', () => {
    const passage = 'The harbour of Leith has handled more cargo than any Scottish port in history.';
    assert.equal(verdictOf(passage, 'No Scottish port in history has handled more cargo than the harbour of Leith.').verdict, 'supported');
    assert.equal(verdictOf('No Scottish port in history has handled more cargo than the harbour of Leith.', 'The harbour of Leith has handled more cargo than any Scottish port in history.').verdict, 'supported');
    assert.notEqual(verdictOf('The port of Aberdeen has handled more cargo than the harbour of Leith.', 'No Scottish port in history has handled more cargo than the harbour of Leith.').verdict, 'supported');
  });

  it('an opposite the passage negates in another clause excludes nothing; asserted, it still does', () => {
    const claim = 'Graduates will pay a tenth of their income on loans and stay rich.';
    assert.notEqual(verdictOf('Graduates will pay only a tenth of their income on loans, because no graduate should end up poor.', claim).verdict, 'contradicted');
    assert.equal(verdictOf('Graduates will pay only a tenth of their income on loans, and many graduates will end up poor.', claim).verdict, 'contradicted');
  });

  it('a short reported claim is contradicted by its one opposite word when the passage states all the rest', () => {
    const passage = 'Test results in rural schools are on the rise.';
    assert.equal(verdictOf(passage, 'The minister told MPs that test results were falling.').verdict, 'contradicted');
    // Cited to the passage's source, the short sentence is the writer saying that source states it.
    assert.equal(verdictOf(passage, 'Test results were falling.').verdict, 'contradicted');
    // Uncited and unreported, a two-word overlap is not enough: the writer's own short sentence is not contradicted.
    const corpus = new Corpus([{ key: 'src', title: 'src', file: '/corpus/src.txt', text: `${FILLER} ${passage} ${FILLER}` }]);
    assert.notEqual(new BriefChecker(corpus).check('Test results were falling.\n', 'brief.md', 1).sentences[0]?.verdict, 'contradicted');
  });

  it('"doesn\'t pay as much" says what "pays less" says; "pays more" it still denies', () => {
    const passage = 'If the new job does not pay as much as the old one, the council will top up the wage for two years.';
    assert.notEqual(verdictOf(passage, 'The council will top up the wage for two years when the new job pays less than the old one.').verdict, 'contradicted');
    assert.equal(verdictOf(passage, 'The council will top up the wage for two years when the new job pays more than the old one.').verdict, 'contradicted');
  });

  it('"whether or not" negates nothing', () => {
    assert.deepEqual(negatedWords('Ministers are debating whether or not the scheme will be extended.'), []);
  });

  it('a negation ends before "and" with a verb phrase of its own', () => {
    assert.deepEqual(negatedWords('The council does not want to repeat its mistakes and is actively rebuilding its reserves.'), ['want', 'to', 'repeat', 'its', 'mistakes']);
    assert.deepEqual(negatedWords('The council did not cut libraries and parks.'), ['cut', 'libraries', 'and', 'parks']);
  });

  it('"ban" as a noun names a thing and negates nothing; as a verb it negates what follows', () => {
    assert.deepEqual(negatedWords('He argued that a regional fishing ban was within reach a decade after the mayor first proposed it.'), []);
    assert.deepEqual(negatedWords('The ban on trawling covers the whole bay.'), []);
    assert.deepEqual(negatedWords('The council voted to ban trawling in the bay.'), ['trawling', 'in', 'the', 'bay']);
    const passage = 'This year, a decade after it was first proposed by the mayor, a regional fishing ban is within reach.';
    assert.equal(verdictOf(passage, 'He argued that a regional fishing ban was within reach a decade after the mayor first proposed it.').verdict, 'supported');
  });

  it('"rather than" and "instead of" deny what follows them', () => {
    assert.deepEqual(negatedWords('The levy entrenched rather than weakened the monopoly.'), ['weakened', 'the', 'monopoly']);
    assert.deepEqual(negatedWords('The council cut fares instead of raising them.'), ['raising', 'them']);
    assert.deepEqual(negatedWords('The council would rather spend more than cut services.'), []);
    const passage = 'The levy not only failed to weaken the monopoly but further entrenched it.';
    assert.notEqual(verdictOf(passage, 'The levy entrenched rather than weakened the monopoly.').verdict, 'contradicted');
    assert.equal(verdictOf('The levy weakened the monopoly.', 'The levy entrenched rather than weakened the monopoly.').verdict, 'contradicted');
  });

  it('"other than X" excludes X as "non-X" does, beside "rather than" on the same "than"', () => {
    assert.deepEqual(negatedWords('The models suit architectures other than the incumbent vendor.'), ['the', 'incumbent', 'vendor']);
    assert.deepEqual(negatedWords('He favoured pitchers rather than hitters.'), ['hitters']);
    assert.deepEqual(negatedWords('The other party gained more than ten seats.'), []);
    const passage = 'Industry partners are expected to ensure the models are tailored for non-Intel architectures.';
    assert.notEqual(verdictOf(passage, 'Industry partners are expected to ensure the models are tailored for architectures other than Intel.').verdict, 'contradicted');
    assert.equal(verdictOf('Industry partners are expected to ensure the models are tailored for Intel architectures.', 'Industry partners are expected to ensure the models are tailored for architectures other than Intel.').verdict, 'contradicted');
  });

  it('"could have been X, but instead Y" denies X; a bare "could have" does not', () => {
    assert.deepEqual(negatedWords('The depot could have been sold to a developer, but instead the council reopened it.'), ['been', 'sold', 'to', 'a', 'developer']);
    assert.deepEqual(negatedWords('The depot could have been sold to a developer.'), []);
    const passage = 'The depot could have been sold to a developer, but instead the council reopened it as a bus garage.';
    assert.notEqual(verdictOf(passage, 'The council reopened the depot as a bus garage rather than selling it to a developer.').verdict, 'contradicted');
  });

  it('a negated base-form verb does not reach a past tense coordinated after "and" ("refused to raise taxes and sought a veto")', () => {
    assert.deepEqual(negatedWords('The mayor refused to raise taxes and sought a new budget rule.'), ['to', 'raise', 'taxes']);
    assert.deepEqual(negatedWords('The mayor did not raise taxes and sought a new budget rule.'), ['raise', 'taxes']);
    // A perfect's participles are coordinated under the one auxiliary: both stay negated.
    assert.deepEqual(negatedWords('The mayor has not raised taxes and sought savings.'), ['raised', 'taxes', 'and', 'sought', 'savings']);
    // A base form after "and" is still inside ("did not raise taxes and cut spending").
    assert.deepEqual(negatedWords('The mayor did not raise taxes and cut spending.'), ['raise', 'taxes', 'and', 'cut', 'spending']);
    const passage = 'The mayor asked the council for a new budget rule that would give her a line-item veto.';
    assert.notEqual(verdictOf(passage, 'The mayor refused to raise taxes and sought a line-item veto.').verdict, 'contradicted');
  });

  describe('a negated word against its opposite says one thing ("not open" / "closed": negation joined with alternation)', () => {
    const passage = 'The northern port of Avalon is closed to foreign trawlers this winter.';
    it('is borne out, not contradicted twice over', () => {
      assert.equal(verdictOf(passage, 'The northern port of Avalon is not open to foreign trawlers this winter.').verdict, 'supported');
    });
    it('the negation alone, or the opposite alone, still contradicts', () => {
      assert.equal(verdictOf(passage, 'The northern port of Avalon is not closed to foreign trawlers this winter.').verdict, 'contradicted');
      assert.equal(verdictOf(passage, 'The northern port of Avalon is open to foreign trawlers this winter.').verdict, 'contradicted');
    });
    it('a negated "any" restates "no"', () => {
      const bombs = 'For twenty days now the air wing has dropped no bombs on the northern provinces.';
      assert.equal(verdictOf(bombs, 'For twenty days the air wing had not dropped any bombs on the northern provinces.').verdict, 'supported');
    });
    it('not where the passage negates the opposite somewhere ("can properly house ... not properly qualified")', () => {
      const schools = 'The schools can properly house 300 pupils, taught by 40 teachers not properly qualified to teach.';
      assert.notEqual(verdictOf(schools, 'The schools can properly house 300 pupils, taught by 40 teachers not improperly qualified to teach.').verdict, 'supported');
    });
  });

  it('a partitive negation denies the predicate, not the set it picks from ("not one of the 13 bills he sent had reached his desk")', () => {
    assert.deepEqual(negatedWords('Not one of the 13 bills the council sent to the assembly had reached a vote.'), ['had', 'reached', 'a', 'vote']);
    assert.deepEqual(negatedWords('None of the bills has passed.'), ['has', 'passed']);
    // Without an auxiliary the clause's verb is not found: the scope runs on as for any cue.
    assert.deepEqual(negatedWords('None of the bills passed.'), ['of', 'the', 'bills', 'passed']);
    const passage = 'Last year the council sent to the assembly 13 separate bills on housing and transport.';
    assert.notEqual(verdictOf(passage, 'Not one of the 13 bills the council sent to the assembly had reached a vote.').verdict, 'contradicted');
  });

  it('a negation before a list reaches every item; a dash after the negated words ends it, one right after the cue does not', () => {
    assert.deepEqual(negatedWords('The port did not grow through tariffs, quotas, subsidies or cheap loans.'), ['grow', 'through', 'tariffs', 'quotas', 'subsidies', 'or', 'cheap', 'loans']);
    // A comma before "and" with a clause after it still ends the scope.
    assert.deepEqual(negatedWords('The port did not raise fees, and it hired forty pilots.'), ['raise', 'fees']);
    assert.deepEqual(negatedWords('The council did not—and could not—close the harbour.'), ['close', 'the', 'harbour']);
    assert.deepEqual(negatedWords('The merger was not a quick win for the towns – Leith, Kirkcaldy and Dundee.'), ['a', 'quick', 'win', 'for', 'the', 'towns']);
  });

  it('a source that negates most of what it shares with the claim does not bear it out, though its negated verb is not the claim\'s', () => {
    const passage = 'The port did not—and could not—achieve these gains through tariffs, quotas, harbour dues or cheap loans.';
    const claim = 'The gains at the port were secured through tariffs and harbour dues.';
    assert.notEqual(verdictOf(passage, claim).verdict, 'supported');
    assert.equal(verdictOf('The port achieved these gains through tariffs, quotas, harbour dues and cheap loans.', claim).verdict, 'supported');
  });

  it('"X rather than Y" and "X and not Y" deny the phrase Y, not the verb after it; a denied verb phrase runs on', () => {
    assert.deepEqual(negatedWords('The council rather than the port authority must fund the pier.'), ['the', 'port', 'authority']);
    assert.deepEqual(negatedWords('The port authority and not the council must fund the pier.'), ['the', 'council']);
    assert.deepEqual(negatedWords('She opened the archive rather than restricting it to those who paid.'), ['restricting', 'it', 'to', 'those', 'who', 'paid']);
    // A figure is the whole phrase: what follows it is the clause's.
    assert.deepEqual(negatedWords('We should cut to 14 percent instead of 15 percent our harbour levy.'), ['15', 'percent']);
    const passage = 'Secondly, the port authority and not the council must fund the new pier in the future.';
    assert.equal(verdictOf(passage, 'The mayor argued that the council rather than the port authority must fund the new pier in the future.').verdict, 'contradicted');
    assert.equal(verdictOf(passage, 'The mayor argued that the port authority rather than the council must fund the new pier in the future.').verdict, 'supported');
  });
});

describe('a negated comparative bound with a verb between ("should not pay less than 30 percent")', () => {
  const passage = 'If you make more than a million dollars a year, you should not pay less than 30 percent in taxes.';
  it('negates the comparative alone, as "not less than" does', () => {
    assert.deepEqual(negatedWords(passage), ['less']);
    assert.deepEqual(negatedWords('The plan will not cost more than $5 billion.'), ['more']);
    assert.deepEqual(negatedWords('They did not pay their taxes for years.'), ['pay', 'their', 'taxes', 'for', 'years']);
  });
  it('"at least 30 percent" restates it and "less than 30 percent" contradicts it', () => {
    assert.equal(verdictOf(passage, 'If you make more than a million dollars a year, you pay at least 30 percent in taxes.').verdict, 'supported');
    assert.equal(verdictOf(passage, 'If you make more than a million dollars a year, you pay less than 30 percent in taxes.').verdict, 'contradicted');
  });
});

describe('an adverbial clause of condition, time or reason is outside the negation', () => {
  it('ends the scope at "if", "when", "unless" or "because"', () => {
    assert.deepEqual(negatedWords('Families would not feel more secure if attacks on bargaining went unanswered.'), ['feel', 'more', 'secure']);
    assert.deepEqual(negatedWords('Families are not going to feel more secure because we allowed attacks on bargaining to go unanswered.'), ['going', 'to', 'feel', 'more', 'secure']);
    assert.deepEqual(negatedWords('Engineers do not have access to the models even when they live in the US.'), ['have', 'access', 'to', 'the', 'models', 'even']);
  });
  it('so the two sentences above agree', () => {
    const passage = 'Middle class families are not going to feel more secure because we allowed attacks on collective bargaining to go unanswered.';
    assert.notEqual(verdictOf(passage, 'Middle-class families would not feel more secure if attacks on collective bargaining went unanswered.').verdict, 'contradicted');
  });
});

describe('a change from one state to another against "Y rather than X"', () => {
  const passage = 'We need projects to be able to connect to the grid in days rather than years by paying for fast-track connections.';
  it('"rather than" denies its noun phrase, not the gerund adjunct after it', () => {
    assert.deepEqual(negatedWords(passage), ['years']);
  });
  it('the origin of "from years to days" is what the change leaves: the two agree', () => {
    assert.equal(verdictOf(passage, 'The poster proposes that projects cut grid connection waits from years to days by paying for fast-track connections.').verdict, 'supported');
    assert.equal(verdictOf(passage, 'The poster proposes that projects connect to the grid in years rather than days by paying for fast-track connections.').verdict, 'contradicted');
  });
});

describe('a change told "to Y from X" against "Y instead of X"', () => {
  const passage = 'And I say that we should now reduce to 14 percent instead of 15 percent our withholding rate.';
  it('the origin after the destination is what the change leaves: the two agree', () => {
    assert.equal(verdictOf(passage, 'He recommended lowering the withholding rate to 14 percent from 15 percent.').verdict, 'supported');
  });
});

describe('a compound negated by a prefix against the same compound negated whole', () => {
  const passage = 'One thing that might work in our favour is the number of brilliant AI engineers who are not US citizens, who under the current export controls do not have access to Mythos/Fable even if they live and work in the US.';
  it('"non-US citizens" is "not US citizens": one negation of one phrase', () => {
    assert.equal(verdictOf(passage, 'Export controls bar non-US citizens from Mythos/Fable even when they live and work in the US.').verdict, 'supported');
  });
  it('what the passage denies of them is still denied', () => {
    assert.equal(verdictOf(passage, 'Under the export controls, non-US citizens have access to Mythos/Fable even if they live and work in the US.').verdict, 'contradicted');
  });
});

describe('two negated auxiliaries sharing one verb ("cannot and will not accept")', () => {
  const passage = 'We cannot and we will not accept tax reform that is a tax increase in disguise.';
  it('negate the verb once, not twice', () => {
    assert.deepEqual(negatedWords(passage), ['accept', 'tax', 'reform', 'that', 'is', 'a', 'tax', 'increase', 'in', 'disguise']);
  });
  it('so "rejected" restates the negated "accept", and "accepted" contradicts it', () => {
    assert.equal(verdictOf(passage, 'He rejected any reform that was "a tax increase in disguise".').verdict, 'supported');
    assert.equal(verdictOf(passage, 'He accepted tax reform that was a tax increase in disguise.').verdict, 'contradicted');
  });
});

describe('negations that say when, that frame a clause, or that an aside follows', () => {
  it('"not … until" says when the event happened: nothing is negated', () => {
    assert.deepEqual(negatedWords('Kendall did not give her first speech on AI until six months after taking office.'), []);
    assert.equal(verdictOf('Kendall gave her first AI speech almost six months after taking office.', 'Kendall did not give her first AI speech until almost six months after taking office.').verdict, 'supported');
  });
  it('"it is a mistake to think that X" denies X', () => {
    assert.deepEqual(negatedWords('It is a myth that the labs closed.'), ['the', 'labs', 'closed']);
    assert.deepEqual(negatedWords('A mistake was made that day.'), []);
    const passage = 'Regardless, it is a mistake to think that limiting open source AI developments will successfully limit China’s international AI ambitions.';
    assert.equal(verdictOf(passage, 'Limiting open source AI developments will successfully limit China’s international AI ambitions.').verdict, 'contradicted');
  });
  it('an aside after the cue is skipped: the predicate after it is denied', () => {
    assert.deepEqual(negatedWords('Engineers do not, under the current export controls, have access to the models.'), ['have', 'access', 'to', 'the', 'models']);
    assert.deepEqual(negatedWords('We did not, however, raise taxes.'), ['raise', 'taxes']);
  });
});

describe('two negations of one predicate, with its arguments placed differently', () => {
  it('"did not ratify the treaty" says what "the treaty failed to win ratification" says', () => {
    const passage = 'The treaty failed to win ratification in the Senate.';
    assert.equal(verdictOf(passage, 'The Senate did not ratify the treaty.').verdict, 'supported');
    assert.equal(verdictOf(passage, 'The Senate ratified the treaty.').verdict, 'contradicted');
  });
  it('a passage that negates a second predicate the claim asserts still contradicts it', () => {
    assert.equal(verdictOf('The treaty failed to win ratification, and the Senate never debated it.', 'The Senate did not ratify the treaty but debated it.').verdict, 'contradicted');
  });
});

describe('a fronted negated phrase ends at its comma when a list after it is the subject', () => {
  it('"Rather than relying on brute force, ingenuity and collaboration have been …"', () => {
    assert.deepEqual(negatedWords('Rather than relying on brute force, ingenuity and collaboration have been at the forefront.'), ['relying', 'on', 'brute', 'force']);
  });
  it('a list inside the phrase, and a negated clause inverted after it, stay in the scope', () => {
    assert.deepEqual(negatedWords('Without roads, schools or hospitals, the region cannot grow.'), ['roads', 'schools', 'or', 'hospitals', 'grow']);
    assert.deepEqual(negatedWords('Not through tariffs, quotas or devaluation did we achieve these gains.'), ['through', 'tariffs', 'quotas', 'or', 'devaluation', 'did', 'we', 'achieve', 'these', 'gains']);
  });
});

describe('"unless" negates its condition, as "without" does', () => {
  it('"fall behind unless there is new investment" says what "without new investment, … fall behind" says', () => {
    assert.deepEqual(negatedWords('The region will fall behind unless there is new investment.'), ['there', 'is', 'new', 'investment']);
    assert.equal(verdictOf('Without new investment, the region will fall behind.', 'The region will fall behind unless there is new investment.').verdict, 'supported');
  });

  it('a word the claim says both under its negation and outside it pairs with the passage\'s own polarity first, however often the passage says it', () => {
    // The passage says "harbour" twice, never negated; the claim negates one "harbour" (a prospect
    // the passage never speaks of) and asserts the other, as the passage does.
    const passage = 'The report calls for new harbour berths, funding for harbour dredging and new regional agreements on fishing quotas.';
    const claim = 'The report concludes that the levy will not protect regional harbour prospects, and it calls for funding for harbour dredging and regional agreements on fishing quotas.';
    assert.notEqual(verdictOf(passage, claim).verdict, 'contradicted');
    // Where the passage negates the asserted word itself, the claim is still contradicted.
    assert.equal(verdictOf('The council will not fund harbour dredging this year.', 'The council will fund harbour dredging this year.').verdict, 'contradicted');
  });
});

