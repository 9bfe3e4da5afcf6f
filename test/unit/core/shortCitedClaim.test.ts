// A short claim aligned in full but for one opposite contradicts its passage when it reports a
// speaker or cites the passage's source: the writer says that source states it. Uncited, a short
// sentence is often the writer's own analysis, and stays unsupported (decide.ts sharesEnough).
import * as assert from 'node:assert/strict';
import { BriefChecker } from '../../../src/core';
import { Corpus } from '../../../src/core/corpus/corpus';

const FILLER = 'The committee met in the spring. Several members asked questions about the budget. The chair closed the session.';

function verdictOf(passage: string, brief: string): string {
  const corpus = new Corpus([{ key: 'poll', title: 'poll', file: '/corpus/poll.txt', text: `${FILLER} ${passage} ${FILLER}` }]);
  return new BriefChecker(corpus).check(`${brief}\n`, 'brief.md', 1).sentences[0]?.verdict ?? '(none)';
}

describe('a short claim with one opposite', () => {
  const cases: [string, string, string, string][] = [
    ['cited to the passage\'s source: contradicted', 'Turnout was higher than in 2019.', 'Turnout was lower than in 2019 [@poll].', 'contradicted'],
    ['cited, with the same word: supported', 'Turnout was higher than in 2019.', 'Turnout was higher than in 2019 [@poll].', 'supported'],
    ['uncited: unsupported', 'Turnout was higher than in 2019.', 'Turnout was lower than in 2019.', 'unsupported'],
    ['cited, a verb\'s opposite: contradicted', 'The country imports most of its energy.', 'The country exports most of its energy [@poll].', 'contradicted'],
  ];
  for (const [what, passage, brief, expected] of cases) it(what, () => assert.equal(verdictOf(passage, brief), expected));
});
