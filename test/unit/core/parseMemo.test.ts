// Parses are remembered by text across checkers (brief/parse.ts): what a check shows must never
// come from another text's parse, however many briefs were parsed in between.
import { strict as assert } from 'node:assert';
import { BriefChecker } from '../../../src/core';
import { maskBrief, parseBrief } from '../../../src/core/brief/parse';
import { seedCorpus } from './helpers';

const BRIEF = '# Funding\n\nOxford and UCL share £60 million of new funding for open-source AI labs.\n\n```\nNot prose.\n```\n';

describe('brief/parse: remembered parses', () => {
  it('a text parsed again gives what a fresh parse gives', () => {
    const view = (text: string): unknown => {
      const b = parseBrief(text);
      return { sentences: b.sentences, citations: b.citations, mask: b.mask };
    };
    const first = view(BRIEF);
    assert.deepEqual(view(BRIEF), first);
    assert.deepEqual(parseBrief(BRIEF).mask, maskBrief(BRIEF));
  });

  it('an edited text is parsed as edited, also after many other texts and back', () => {
    parseBrief(BRIEF);
    const edited = BRIEF.replace('```\nNot prose.\n```', 'Now this is prose.');
    assert.deepEqual(parseBrief(edited).sentences.map((s) => s.text), ['Oxford and UCL share £60 million of new funding for open-source AI labs.', 'Now this is prose.']);
    for (let i = 0; i < 20; i++) parseBrief(`Brief number ${i}.\n`);
    assert.deepEqual(parseBrief(BRIEF).sentences.map((s) => s.text), ['Oxford and UCL share £60 million of new funding for open-source AI labs.']);
    assert.deepEqual(parseBrief(BRIEF).mask, maskBrief(BRIEF));
  });

  it('a new checker on the same text gives the same result as the first', async () => {
    const corpus = await seedCorpus();
    const first = new BriefChecker(corpus).check(BRIEF, 'a.md', 1);
    assert.deepEqual(new BriefChecker(corpus).check(BRIEF, 'b.md', 1), { ...first, uri: 'b.md' });
  });
});
