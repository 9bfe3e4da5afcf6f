import * as assert from 'assert';
import { classify, measuredFact, medialFrameSpan, reportingFrameLength, trailingFrameStart, type Classification } from '../../../src/core/claims/classify';
import { extractQuantities } from '../../../src/core/claims/quantities';
import { tokenize } from '../../../src/core/text/tokens';
import { analyze } from '../../../src/core/claims/analyze';

function classifyText(text: string): Classification {
  const tokens = tokenize(text);
  return classify(text, tokens, extractQuantities(text, tokens).length > 0);
}

describe('claims/classify', () => {
  describe('opinion', () => {
    it('a question', () => {
      assert.deepStrictEqual(classifyText('How can middle powers keep their best AI researchers?'), { kind: 'opinion', contentFrom: 0, reason: { cue: 'question', words: ['?'] } });
      assert.strictEqual(classifyText('Did the UK invest £60 million?').kind, 'opinion');
    });

    it('a modal: should', () => {
      assert.deepStrictEqual(classifyText('The government should publish a sovereign AI strategy within a year.'), { kind: 'opinion', contentFrom: 0, reason: { cue: 'modal', words: ['should'] } });
      assert.strictEqual(classifyText('The UK must invest £1 billion in compute.').kind, 'opinion');
    });

    it('a first-person recommendation: We recommend', () => {
      assert.deepStrictEqual(classifyText('We recommend a fast-track grid connection for data centres.'), { kind: 'opinion', contentFrom: 0, reason: { cue: 'recommendation', words: ['We', 'recommend'] } });
    });

    it('a hedge: In our assessment', () => {
      assert.deepStrictEqual(classifyText('In our assessment, open weights reduce dependency on foreign suppliers.'), {
        kind: 'opinion',
        contentFrom: 0,
        reason: { cue: 'hedge', words: ['In our assessment'] },
      });
      assert.strictEqual(classifyText('We believe the labs will succeed.').kind, 'opinion');
    });

    it('a hedge with an aside: "is unlikely, on its own, to"', () => {
      assert.strictEqual(classifyText('A guest-worker program is unlikely, on its own, to bring immigration under control.').kind, 'opinion');
    });

    it('a judgement: "would have been a modest and sensible step", "deserves", "is misguided"', () => {
      for (const [text, cue, words] of [
        ['Raising the federal minimum wage to $10.10 an hour would have been a modest and sensible step.', 'evaluation', 'would have been a modest and sensible'],
        ['The American Competitiveness Initiative deserves sustained funding from both parties.', 'prescription', 'deserves'],
        ['The export ban is misguided.', 'evaluation', 'is misguided'],
      ] as const) {
        assert.deepStrictEqual(classifyText(text), { kind: 'opinion', contentFrom: 0, reason: { cue, words: [words] } }, text);
      }
      assert.strictEqual(classifyText('The plan is to raise the minimum wage to $10.10 an hour.').kind, 'claim');
      assert.strictEqual(classifyText('The minimum wage would be $10.10 an hour under the bill.').kind, 'claim');
    });

    it('a need: need to', () => {
      assert.deepStrictEqual(classifyText('Britain needs to invest more in compute.'), { kind: 'opinion', contentFrom: 0, reason: { cue: 'prescription', words: ['needs to'] } });
      assert.strictEqual(classifyText('Regulators need to act on open models.').kind, 'opinion');
    });

    it('a sentence with no checkable fact', () => {
      assert.deepStrictEqual(classifyText('It is.'), { kind: 'opinion', contentFrom: 0, reason: { cue: 'no-checkable-fact', words: [] } });
    });
  });

  describe('claim', () => {
    it('a plain factual sentence', () => {
      assert.deepStrictEqual(classifyText('Oxford and UCL share £60 million of new funding.'), { kind: 'claim', contentFrom: 0 });
      assert.deepStrictEqual(classifyText('The US approach to AI has been a largely closed one.'), { kind: 'claim', contentFrom: 0 });
    });

    it('a report of what a source says, even when the source recommends something', () => {
      // "The post argues that" is a reporting frame of 4 tokens; the modal after it is the source's, not the writer's.
      assert.deepStrictEqual(classifyText('The post argues that Europe should build its own models.'), { kind: 'claim', contentFrom: 4 });
      assert.deepStrictEqual(classifyText('The study says Britain must build more data centres.'), { kind: 'claim', contentFrom: 3 });
      assert.strictEqual(classifyText('The report says Britain must build more data centres.').kind, 'claim');
    });

    // Regression (was a bug): classifyText('The report says Britain must build more data centres.') gives
    // contentFrom 2, not 3: the noun "report" (a reporting verb when it is a verb) is taken as
    // the frame's verb, so "says" is checked against the corpus as if it were content.
    it('a source noun that is also a reporting verb ("The report says") is part of the frame', () => {
      assert.deepStrictEqual(classifyText('The report says Britain must build more data centres.'), { kind: 'claim', contentFrom: 3 });
      assert.strictEqual(reportingFrameLength(tokenize('The report notes that Britain lags.')), 4);
    });
  });

  // Regression (was a bug): in "It is up to China to show exactly where it is hiding its banned
  // weapons" "show" was taken for a reporting verb, so the check started after it and "China"
  // (where the source says "Iraq") was never compared.
  it('a reporting verb after "to", a negation or an auxiliary starts no frame', () => {
    assert.deepStrictEqual(classifyText('It is up to China to show exactly where it is hiding its banned weapons.'), { kind: 'claim', contentFrom: 0 });
    assert.strictEqual(reportingFrameLength(tokenize('The review did not find any misuse of the funds.')), 0);
    assert.strictEqual(reportingFrameLength(tokenize("The audit didn't find any misuse of the funds.")), 0);
    assert.strictEqual(reportingFrameLength(tokenize('The audit found that the funds were misused.')), 4);
  });

  it('a verb WordNet makes first a verb of saying with a that-clause reports what follows "that"', () => {
    // Not on the hand lists: WordNet's verb.communication with frame 26 ("Somebody ----s that CLAUSE").
    assert.strictEqual(reportingFrameLength(tokenize('He conceded that reading scores were falling.')), 3);
    assert.strictEqual(reportingFrameLength(tokenize('The President boasted that exports had doubled.')), 4);
    assert.strictEqual(reportingFrameLength(tokenize('She pledged to Congress that taxes would fall.')), 5);
    // A clause the subject denies, feigns or demands is no report of what is so (lexicon.json).
    assert.strictEqual(reportingFrameLength(tokenize('He denied that taxes rose.')), 0);
    assert.strictEqual(reportingFrameLength(tokenize('The people demanded that we change.')), 0);
    // "argued" frames to itself: a date after it stays in the claim.
    assert.strictEqual(reportingFrameLength(tokenize('Clinton argued in 1998 that openness would change China.')), 2);
  });

  it('a reporting frame after a long fronted clause still frames what follows', () => {
    const text = 'Because what is coming will make Mythos look like a toy, the founder says it is worth building for what arrives in ten years.';
    assert.deepStrictEqual(classifyText(text), { kind: 'claim', contentFrom: 14 });
  });

  it('a modal in a described question with a long subject is the question\'s, not the writer\'s', () => {
    assert.strictEqual(classifyText('The poster points to Europe 2031 as a good scenario of what a future without access to US frontier models could mean.').kind, 'claim');
    assert.strictEqual(classifyText('The UK, after the election of a new government, should invest in compute.').kind, 'opinion');
  });

  it('a modal in the that-clause of any verb is its subject\'s stance', () => {
    assert.strictEqual(classifyText('Huawei was declared a security risk by the United States, which holds that they should have limited access to its markets.').kind, 'claim');
    assert.strictEqual(classifyText('The Government should hold that line.').kind, 'opinion');
  });

  it('"would be a strategic mistake" and "would do better to" are the writer\'s judgement', () => {
    assert.deepStrictEqual(classifyText('Curbing open-weight model releases would be a strategic mistake for the United Kingdom.'), { kind: 'opinion', contentFrom: 0, reason: { cue: 'evaluation', words: ['would be a strategic mistake'] } });
    assert.deepStrictEqual(classifyText('The UK would do better to build compute partnerships with Canada.'), { kind: 'opinion', contentFrom: 0, reason: { cue: 'prescription', words: ['would do better to'] } });
    assert.strictEqual(classifyText('The new plan would be 20 percent cheaper than the old one.').kind, 'claim');
  });

  it('"look after" is no comparative of appearance ("looks weaker" is)', () => {
    assert.strictEqual(classifyText('The founder asks readers to look after ambitious projects in their early stages.').kind, 'claim');
    assert.deepStrictEqual(classifyText('The plan looks weaker now.'), { kind: 'opinion', contentFrom: 0, reason: { cue: 'hedge', words: ['looks weaker'] } });
  });

  describe('a leading attribution by a prepositional phrase', () => {
    const frame = (text: string): number => reportingFrameLength(tokenize(text), text);
    const cases: [string, number][] = [
      ["In one poster's view, the cost of firing staff holds Europe back.", 4],
      ["In Lwin's telling, Britain's builders keep collaborating.", 3],
      ["By the essay's account, China has had a strategy for 8 years.", 4],
      ['In the view of the article, the US shifted last summer.', 6],
      ["By the posters' estimate, compute is scarce.", 4],
      ['In his words, the controls will be lifted quickly.', 3],
      ["On the founder's reading, the grid is the constraint.", 4],
    ];
    for (const [text, length] of cases) it(`frames "${text.split(',')[0]}," (${length} tokens)`, () => assert.strictEqual(frame(text), length));

    it('frames nothing when the phrase is the writer\'s own, a mere topic, or has no owner', () => {
      assert.strictEqual(frame('In our view, open weights reduce dependency.'), 0);
      assert.strictEqual(frame("In Britain's history, open source has mattered."), 0);
      assert.strictEqual(frame("In the UK's case, compute is scarce."), 0);
      assert.strictEqual(frame('In the end, the lab was funded.'), 0);
      assert.strictEqual(frame('In general terms, the lab was funded.'), 0);
    });

    it('the claim is read from after the comma, and is no opinion', () => {
      assert.deepStrictEqual(classifyText("In Lwin's telling, the UK is Europe's number one in open source."), { kind: 'claim', contentFrom: 3 });
    });
  });

  it('"told Congress" frames the clause after whom it tells, "that" or not; "told Congress to" is an order', () => {
    assert.strictEqual(reportingFrameLength(tokenize('Kennedy told Congress his administration had raised the defense budget.')), 3);
    assert.strictEqual(reportingFrameLength(tokenize('Kennedy told Congress that his administration had raised the defense budget.')), 4);
    assert.strictEqual(reportingFrameLength(tokenize('Ford assured lawmakers the deficit would fall.')), 3);
    assert.strictEqual(reportingFrameLength(tokenize('Ford told Congress to pass the tax bill by March.')), 0);
  });

  it('reads a trailing attribution as the frame of the words before it', () => {
    const start = (text: string): string | undefined => {
      const at = trailingFrameStart(tokenize(text), text);
      return at === undefined ? undefined : text.slice(0, at);
    };
    assert.strictEqual(start('A manufacturing surge had produced almost 900,000 new jobs in six years, according to Obama.'), 'A manufacturing surge had produced almost 900,000 new jobs in six years');
    assert.strictEqual(start('The country had been through three recessions in seven years, Kennedy reminded lawmakers.'), 'The country had been through three recessions in seven years');
    assert.strictEqual(start('Wages have barely moved in a decade, he said.'), 'Wages have barely moved in a decade');
    assert.strictEqual(start('Deficits will fall by half within four years, said President Clinton.'), 'Deficits will fall by half within four years');
    // A noun phrase its determiner opens speaks as a name does.
    assert.strictEqual(start('Several tech giants now maintain open source AI solutions, the essay observes.'), 'Several tech giants now maintain open source AI solutions');
    assert.strictEqual(start('Billions are needed to scale but not to validate new directions, one poster argues.'), 'Billions are needed to scale but not to validate new directions');
    assert.strictEqual(start("The team spent a year on internal infrastructure, the thread's author writes."), 'The team spent a year on internal infrastructure');
    assert.strictEqual(start('The budget grew for three years, the essay.'), undefined);
    // A clause after the comma that is no attribution, or a quotation, or too little before it.
    assert.strictEqual(start('Wages rose in 2019, and prices fell in 2020.'), undefined);
    assert.strictEqual(start('The plan covers 40 schools, the council said, and more next year.'), undefined);
    assert.strictEqual(start('"We will win," he said.'), undefined);
    assert.strictEqual(start('Growth returned, analysts noted.'), undefined);
  });

  it('finds an attribution set off by commas inside the sentence, from its first comma to its second', () => {
    const span = (text: string): string | undefined => {
      const found = medialFrameSpan(tokenize(text), text);
      return found && text.slice(found.start, found.end);
    };
    assert.strictEqual(span('Amazon, Google and Meta, Lwin writes, have long built their cloud success on open source.'), ', Lwin writes,');
    assert.strictEqual(span('The UK, the essay argues, is in the peloton.'), ', the essay argues,');
    assert.strictEqual(span('The country, Kennedy reminded lawmakers, had been through three recessions.'), ', Kennedy reminded lawmakers,');
    // No speaker between the commas, or a quotation: no attribution.
    assert.strictEqual(span('Prices rose, analysts said, and wages fell.'), undefined);
    assert.strictEqual(span('The plan, "he said", covers 40 schools.'), undefined);
    assert.strictEqual(span('Wages, prices and rents rose in 2019.'), undefined);
    // A verb with its that-clause leads the rest of the sentence: the comma after it opens an appositive.
    assert.strictEqual(span('Writing in 2025, Lwin recalled that Liz Kendall, the Secretary, waited six months.'), undefined);
  });

  it('a verb of thinking with a that-clause reports the subject\'s judgement; doubts, guesses and forecasts do not', () => {
    // WordNet's verb.cognition with frame 26: the clause is what the subject held, for a source to bear out.
    assert.strictEqual(reportingFrameLength(tokenize('He judged that the rules were good.')), 3);
    assert.strictEqual(reportingFrameLength(tokenize('The Treasury concluded that exports had doubled.')), 4);
    assert.strictEqual(reportingFrameLength(tokenize('Reagan believed that the threat had grown.')), 3);
    // The subject doubts, guesses or forecasts the clause: not a fact a source states (lexicon.json).
    assert.strictEqual(reportingFrameLength(tokenize('He doubted that taxes would fall.')), 0);
    assert.strictEqual(reportingFrameLength(tokenize('She speculated that exports had doubled.')), 0);
    assert.strictEqual(reportingFrameLength(tokenize('They expected that growth would return.')), 0);
    // The writer's own view is no report.
    assert.strictEqual(reportingFrameLength(tokenize('I think that exports had doubled.')), 0);
  });

  it('a sentence an attribution outside it frames is the source\'s view: a claim, whatever its stance words', () => {
    const text = 'Billions are needed to scale but not to validate new directions';
    assert.equal(classify(text, tokenize(text), { specific: false }).kind, 'opinion');
    assert.deepStrictEqual(classify(text, tokenize(text), { specific: false, reported: true }), { kind: 'claim', contentFrom: 0 });
  });

  it('a source that suggests something reports it: a claim, not the writer\'s inference', () => {
    assert.deepStrictEqual(classifyText('The report suggests that 40 percent of firms left.'), { kind: 'claim', contentFrom: 4 });
  });

  describe('reportingFrameLength', () => {
    it('a reporting verb after a semicolon frames nothing before it (a claim read with its context)', () => {
      const text = 'in 2021 by almost 25 percent ; reported that rents had risen';
      assert.strictEqual(reportingFrameLength(tokenize(text), text), 0);
      const framed = 'Officials reported that rents had risen; wages fell.';
      assert.strictEqual(reportingFrameLength(tokenize(framed), framed), 3);
    });

    it('takes a capitalised reporting verb inside the sentence for part of a name ("United States"), no frame', () => {
      assert.strictEqual(reportingFrameLength(tokenize('Nations like United States, Australia and others run points-based systems.')), 0);
    });
    it('counts the frame with and without "that"', () => {
      assert.strictEqual(reportingFrameLength(tokenize('The post argues that Europe should act.')), 4);
      assert.strictEqual(reportingFrameLength(tokenize('Lwin notes Britain lags.')), 2);
    });

    it('takes "According to X," up to its comma as the frame, and nothing without the comma', () => {
      const text = 'According to President Clinton, 44,000 people were stopped from buying guns.';
      assert.strictEqual(reportingFrameLength(tokenize(text), text), 4);
      const shifted = `Intro. ${text}`;
      assert.strictEqual(reportingFrameLength(tokenize(shifted).slice(1), text, 7), 4, 'offsets counted from base');
      const bare = 'According to the Treasury the deficit fell.';
      assert.strictEqual(reportingFrameLength(tokenize(bare), bare), 0);
      assert.strictEqual(classifyText(text).contentFrom, 4);
    });

    it('reads a reporting word after a count as a noun ("Of the four reports"), not the frame', () => {
      for (const text of ['Of the four reports, two found that the fund was misused.', 'Of the 12 notes, most were unsigned.']) {
        assert.strictEqual(reportingFrameLength(tokenize(text), text), 0, text);
      }
      const dated = 'Clinton in 1998 said that the deficit was gone.';
      assert.strictEqual(reportingFrameLength(tokenize(dated), dated), 5, 'a year before the verb is no count');
    });

    it('is 0 for the writer\'s own view and for sentences without a reporting verb', () => {
      assert.strictEqual(reportingFrameLength(tokenize('We argue that Europe should act.')), 0);
      assert.strictEqual(reportingFrameLength(tokenize('Oxford and UCL share the money.')), 0);
    });
  });

  it('reads "May" before a year, or inside a sentence, as the month, not the modal', () => {
    for (const text of ['The act passed in May 2024.', 'May 2024 saw record investment.']) {
      assert.strictEqual(classify(text, tokenize(text), true).kind, 'claim', text);
    }
    assert.strictEqual(classify('Funding may rise next year.', tokenize('Funding may rise next year.'), true).kind, 'opinion');
  });
});

/** How the engine classifies: with the figures, names and quotations `analyze` finds, and whether a citation applies. */
function classifyInBrief(text: string, cited = false): Classification {
  const analysis = analyze(text, 0);
  const specific = analysis.quantities.length > 0 || analysis.entities.length > 0 || analysis.quotes.length > 0;
  return classify(text, analysis.tokens, { specific, cited, quoted: analysis.quotes, measured: measuredFact(analysis) });
}

// Analysis written for this table from another policy field (health, housing, local government),
// not from the briefs the rules were tuned on: each row is one class of the writer's own voice.
describe('claims/classify: analysis is no claim (a table of classes)', () => {
  // Each row: the sentence, its cue, and the cue's words as the explanation shows them.
  const analysis: [string, string, string[]][] = [
    ['Housing supply remains the central problem.', 'generic-statement', []],
    ['Affordability is a question of wages as much as prices.', 'generic-statement', []],
    ['Prevention pays for itself over time.', 'generic-statement', []],
    ['This paper sets out three options for reform.', 'about-the-brief', ['This paper']],
    ['In short, this note concludes that the pilot worked.', 'about-the-brief', ['this note']],
    ['In this briefing we compare two funding models.', 'about-the-brief', ['In this briefing']],
    // A brief named by its genre: an audit, a tracker, a fact sheet's digest.
    ['This audit compares what the 2019 and 2021 strategies promised on waiting lists.', 'about-the-brief', ['This audit']],
    ['This tracker lists every pledge made since 2019 with its cost.', 'about-the-brief', ['This tracker']],
    ['This timeline sets out what four presidents announced on poverty between 1964 and 2012.', 'about-the-brief', ['This timeline']],
    ['This pack gives members the key figures before the 2026 debate.', 'about-the-brief', ['This pack']],
    ['Taken together with the 2019 and 2021 audits, this memo argues that the pilot worked.', 'about-the-brief', ['this memo argues']],
    ['Would a national scheme do better?', 'question', ['?']],
    ['**"Is the target realistic?"**', 'question', ['?']],
    ['Ministers should publish the waiting-list data every quarter.', 'modal', ['should']],
    ['Councils could pool their procurement budgets.', 'modal', ['could']],
    // After the modal's verb the phrase is the verb's: the modal is the writer's.
    ['Councils should plan under the new law.', 'modal', ['should']],
    ['Expand the pilot to every region.', 'imperative', ['Expand']],
    // A question the sentence describes, in the present: the brief framing its inquiry.
    ['The Council wants to establish whether the Leeds pilot cut waiting lists.', 'indirect-question', ['establish', 'whether']],
    ['The review asks whether Manchester should adopt the same scheme.', 'indirect-question', ['asks', 'whether']],
    ['Invest in prevention rather than treatment.', 'imperative', ['Invest']],
    // Verbs on no list: WordNet knows them only as verbs, and they open the sentence.
    ['Convene the regional health boards before the spending review.', 'imperative', ['Convene']],
    ['Ask the auditors to publish their sample.', 'imperative', ['Ask']],
    // A verb that is otherwise only a noun, right before a determiner: a bare singular subject there is no English.
    ['Judge the programme over five years, not on its first release.', 'imperative', ['Judge']],
    ['Fund the regional boards for three years.', 'imperative', ['Fund']],
    ['The rationale is worth restating:', 'lead-in', [':']],
    ['Two lessons stand out:', 'lead-in', [':']],
    ['We think the scheme is underfunded.', 'hedge', ['We think']],
    ['Arguably the reforms came too late.', 'hedge', ['Arguably']],
    ['Demand is likely to rise over the coming decade.', 'hedge', ['is likely to']],
    // A likelihood compared is still the writer's judgement of one.
    ['The UK is less likely to close the compute gap with the US.', 'hedge', ['is less likely to']],
    ['Smaller labs are far more likely to publish their weights.', 'hedge', ['are far more likely to']],
    ['A tax on land value would be a sensible step.', 'evaluation', ['would be a sensible step']],
    ['Prevention deserves a larger share of the health budget.', 'prescription', ['deserves']],
    ['The council should insist that developers build more social housing.', 'modal', ['should']],
    ['Auditors should treat "record low" claims with care.', 'modal', ['should']],
    // A noun of saying right before the modal is its subject, no report ("claims should").
    ['Energy claims should be reported with their baseline year.', 'modal', ['should']],
    ['Waiting-time claims should be reported with their baseline month.', 'modal', ['should']],
    ['Inspectors may find that the data are incomplete.', 'modal', ['may']],
    ['Before the pilot ends, councils should publish the waiting-list data.', 'modal', ['should']],
    ['The lesson is that prevention pays for itself.', 'interpretation', ['The lesson is that']],
    ['The question is no longer whether rents will rise, but who pays for the 2,000 new homes.', 'interpretation', ['The question is no longer whether']],
    ['The question is whether the 2019 levy can be repeated.', 'interpretation', ['The question is whether']],
    ['Our central judgement is that the pilot worked in 2022.', 'interpretation', ['Our central judgement is that']],
    ['The risk is not that £40 million is too little, but that it is spent too fast.', 'interpretation', ['The risk is not that']],
    ['The danger is that the 2,000 new homes arrive after the schools close.', 'interpretation', ['The danger is that']],
    ['The persistence of the same demand across 25 years suggests that rents are set by bargaining.', 'interpretation', ['The persistence of the same demand across 25 years suggests that']],
    // Read before any reporting frame: the subject is no source, so the verb of saying is the writer's inference.
    ['Taken together, these entries suggest the council is betting on prevention rather than beds.', 'interpretation', ['Taken together, these entries suggest']],
    ['This pattern implies that the 2019 reform changed little.', 'interpretation', ['This pattern implies that']],
    // A demonstrative for what the brief has just set out: the writer's inference from it.
    ['This suggests that the 2019 levy treated rents and rates as one problem.', 'interpretation', ['This suggests that']],
    ['That also implies the council sequenced its cuts on purpose.', 'interpretation', ['That also implies']],
    ['This pattern implies that wages lag prices by two years.', 'interpretation', ['This pattern implies that']],
    ['The lesson for ministers is simple: waiting lists follow staffing.', 'interpretation', ['The lesson for ministers is simple']],
    // A hope after no named speaker, or the writer's own, is no report: its modal is the writer's.
    ['Officials hoped the depot could open in 2019.', 'modal', ['could']],
    ['We hope the depot will open in 2019.', 'hedge', ['We hope']],
    // Nor after a capitalised modifier, or a plural description: no one named holds it.
    ['Another hopes the depot will probably open in 2019.', 'hedge', ['probably']],
    ['Analysts hope the levy will probably raise £40 million.', 'hedge', ['probably']],
    // The sources' rhetoric characterised: how it changed or held is the writer's reading of them.
    ['Across the four budgets, the tone hardened.', 'interpretation', ['Across the four budgets, the tone hardened']],
    ['By 2019, under the new mayor, the framing had shifted from thrift to growth.', 'interpretation', ['By 2019, under the new mayor, the framing had shifted']],
    ['The language of prudence is constant across the three speeches.', 'interpretation', ['The language of prudence is constant']],
    ['The "homes for all" refrain gives the 2021 speech its shape.', 'interpretation', ['The "homes for all" refrain gives']],
    ['The twelve trusts reviewed here, from Leeds in 2019 to Bristol in 2023, are typical.', 'about-the-brief', ['reviewed here']],
    ['The figures shown below come from the annual survey.', 'about-the-brief', ['shown below']],
    // Counterfactual conditionals: what the past would have been, which no record states.
    ['Had the council built the 2,000 homes in 2015, rents would likely have fallen.', 'counterfactual', ['Had the council built the 2,000 homes in 2015, rents would']],
    ['Were the cap lifted, most trusts could hire 10 more nurses.', 'counterfactual', ['Were the cap lifted, most trusts could']],
    ['If the Senate had passed the bill in 2019, waiting lists would have shrunk.', 'counterfactual', ['If the Senate had passed the bill in 2019, waiting lists would have']],
    ['Waiting lists would not have grown if the trusts had hired more staff.', 'counterfactual', ['would not have grown if the trusts had hired']],
    // Evaluations of a work: which account, speech or report is best, clearest, most persuasive.
    ["Of the four audits, the 2019 one does the best job of explaining the backlog.", 'evaluation', ['does the best job']],
    ["The mayor's 2021 speech remains the clearest statement of the housing strategy.", 'evaluation', ['the clearest statement of']],
    ["Of the three plans, Leeds's was the most persuasive.", 'evaluation', ['was the most persuasive']],
    ['The 2020 review gave the programme an admirable coherence.', 'evaluation', ['an admirable coherence']],
    ['Closing the ward during the 2022 winter was an inappropriate use of the budget.', 'evaluation', ['an inappropriate use']],
    ['The 2019 plan was likely the most ambitious in a decade.', 'hedge', ['was likely the']],
    // A speaker's speech or text ranked by the writer: no address ranks itself.
    ["The mayor's passages on housing remain among the most eloquent in any budget speech.", 'evaluation', ["The mayor's passages on housing remain among the most"]],
    ["Leeds's 2019 address was the most reflective of the decade.", 'evaluation', ["Leeds's 2019 address was the most"]],
    ['It is hard not to be moved by the closing remarks of the 2019 address.', 'evaluation', ['It is hard not to']],
    // Stance markers: uncertainty, hindsight, what a reader would do well to do, what was deserved.
    ['It remains to be seen whether the 2019 pilot will spread.', 'hedge', ['It remains to be seen']],
    ['In hindsight, the 2019 cuts went deeper than planned.', 'hedge', ['In hindsight']],
    ['Councils would do well to read the 2019 audit.', 'prescription', ['would do well to']],
    ["The mayor's proposal for four-year terms deserved more attention than it got.", 'prescription', ['deserved']],
  ];
  for (const [text, cue, words] of analysis) {
    it(`${JSON.stringify(text)}: ${cue} ${JSON.stringify(words)}`, () => {
      const c = classifyInBrief(text);
      assert.deepStrictEqual({ kind: c.kind, reason: c.reason }, { kind: 'opinion', reason: { cue, words } });
    });
  }

  const claims: [string, boolean][] = [
    ['The NHS employed 1.3 million staff in 2023.', false],
    // A named speaker's hope or belief is reported: the modal in its clause is the speaker's.
    ['Mayor Khan hoped the new depot could open in 2019.', false],
    ['In 2019 Khan hoped the new depot could open within the year.', false],
    ['He believed the levy would raise £40 million a year.', false],
    // A described person holds one as a name does.
    ['The founder believes that the lab will probably need £40 million.', false],
    ['The mayor hoped the new depot could open in 2019.', false],
    // What a speech or its words did, not how its rhetoric went, is still a claim.
    ['The message was delivered on 20 January 2021.', false],
    ['The language of the 2019 act bans new coal plants.', false],
    ['The pilot ran in Leeds and Manchester.', false],
    ['Back in 2019, the council cut its budget by 5 percent.', false],
    ['The initiative includes on-device fine-tuning so data is not exfiltrated.', false],
    ['Productivity growth slowed after 2008.', false],
    ['The report says that demand will rise by 4 percent.', false],
    ['Rents rose sharply across the country.', true],
    ['Set up in 2015, the fund has paid out £40 million.', false],
    ['Housing 2040, a scenario the council published in 2021, imagines what might happen to rents.', true],
    ['The plan sets out how the trusts could share £2 million of equipment.', true],
    // A question the writer quotes is its speaker's: the sentence reports it.
    ['The mayor said residents could ask the council in 2019: "Who pays for the new pier?"', false],
    // A modal in what a source is reported to say is the source's stance, not the writer's.
    ['The ministry named the firms national security risks, which says they should have limited access to its markets.', true],
    ['The audit argues that councils must publish 3 reports a year.', false],
    ['The point of the scheme was to cut waiting times by 10 percent.', false],
    // A verb-only word as the subject ("Compute is ..."), not a command.
    ['Compute is where the region lags: 3 labs hold most of it.', false],
    ['Harry Potter is a series of novels; the last came out in 2007.', false],
    // A word that is also an adjective or adverb opens a phrase; a label and its colon are no command.
    ['Near the end of the address, the mayor cited the 2019 audit.', false],
    ['Cost: the second phase would add £2 million in 2027.', false],
    // A policy verb set apart from what follows labels it: a run-in label, a table row's key cell.
    ["Build: the trust's new ward cost about £3 million in 2019.", false],
    ["Fund; the council's 2019 levy raised £40 million.", false],
    // A speech's command that leads to a dated quotation: the quotation is the fact.
    ['Listen to the mayor in 2019: "we will build 5,000 homes".', false],
    // A modal in a clause of time tells when the fact held, not what the writer thinks.
    ['The trust spent 18 months on its records system before it could open the new ward.', true],
    // Not counterfactuals: a past perfect without a conditional, a plain "if" about what happened.
    ['The council had built 2,000 homes by 2015, and rents fell by 3 percent.', false],
    ['If a trust missed its target in 2019, it lost 5 percent of its funding.', false],
    ['The minister said that, were it not for the 2019 audit, the backlog would have gone unnoticed.', true],
    ['Many historians speculate that the mayor, if she had won in 2019, would have built 5,000 homes.', true],
    // Not evaluations: a superlative that measures ("the largest", "the first").
    ['The 2019 audit was the largest review of the backlog since 2008.', false],
    ['The mayor gave the clearest figure yet: 2,000 homes by 2025.', false],
    // What a speech proposed or said, superlatives and all, is its content, not the writer's ranking.
    ["The mayor's proposal called for the most sweeping reform of housing since 1945.", false],
    ["In her 2019 speech, the mayor named housing the most urgent priority.", false],
    // An inquiry told in the past took place; after a noun or a comma "whether" is concessive.
    ['The mayor directed the Leeds council to examine whether rents had fallen.', false],
    ['The council funded shelters in 2019, whether run by charities or by the council.', false],
    // A source as subject reports it.
    ['These studies suggest the council is betting on prevention.', false],
    // A modal under an instrument states what the instrument provides.
    ['Under the 2019 budget, councils could borrow £40 million.', false],
    ['Tenants aged 55 to 65 could, under her plan, buy into the scheme for £40 a month.', true],
    // A source reported by its pronoun is still reported.
    ['It suggests that the council cut rents by 5 percent in 2019.', true],
    ['The purpose of this message is to suggest three reforms for 2019.', false],
  ];
  for (const [text, cited] of claims) {
    it(`${JSON.stringify(text)}${cited ? ' (cited)' : ''}: a claim`, () => assert.strictEqual(classifyInBrief(text, cited).kind, 'claim'));
  }
});

// What makes an uncited statement a measured fact rather than the writer's telling (issue 13, item 4).
describe('claims/classify: measuredFact', () => {
  const measured = [
    'Councils built 6,000 homes last year.',
    'Rents rose by 8 percent.',
    'The fund paid out £40 million.',
    'The pilot ended in March 2021.',
    'More than half of all tenants rent privately.',
    'Nearly eight in ten trusts missed the target.',
    'The minister called it "a historic settlement".',
  ];
  const told = [
    'The other half of the problem is supply.',
    'Eight years later the picture had changed.',
    'The two leading councils chose opposite paths.',
    'Manchester already has real strengths in social care.',
    'The housing framing sharpened over time.',
  ];
  for (const text of measured) it(`${JSON.stringify(text)}: measured`, () => assert.strictEqual(measuredFact(analyze(text, 0)), true));
  for (const text of told) it(`${JSON.stringify(text)}: told, not measured`, () => assert.strictEqual(measuredFact(analyze(text, 0)), false));
});
