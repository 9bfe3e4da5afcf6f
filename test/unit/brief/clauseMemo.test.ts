// The memo of claim spans (brief/clauseMemo.ts) answers what clauseSpans answers, wherever the
// sentence stands and whatever it cites; and a re-check after typing reads clauses from it.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { clauseSpansMemo } from '../../../src/core/brief/clauseMemo';
import { clauseSpans } from '../../../src/core/brief/clauses';
import { findCitations } from '../../../src/core/brief/citations';

const CLAUSES = [
  'Exports rose by 4% in 2023',
  'imports fell to £40 million',
  'the Treasury said it would act',
  'which the committee later approved',
  'while Germany kept its tariffs',
  'and the plan was delayed until March',
];

/** A sentence of two to four clauses, some ending in a citation, joined as a writer might. */
const sentence = fc
  .array(fc.tuple(fc.constantFrom(...CLAUSES), fc.constantFrom('', ' [@ukopenlabs]', ' [@doe, p. 2]'), fc.constantFrom(', ', '; ', ' ')), { minLength: 2, maxLength: 4 })
  .map((parts) => `${parts.map(([clause, cite, joint], i) => `${clause}${cite}${i < parts.length - 1 ? joint : ''}`).join('')}.`);

describe('brief: the memo of claim spans', () => {
  it('property: gives the spans clauseSpans gives, at any offset, asked once or again', () => {
    fc.assert(
      fc.property(sentence, fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (text, first, second) => {
        for (const base of [first, second, first]) {
          const citations = findCitations(text, base);
          // The prose is the text with citation groups blanked, as the brief reader makes it.
          let prose = text;
          for (const c of citations) {
            const from = c.groupSpan.start - base;
            const to = c.groupSpan.end - base;
            prose = prose.slice(0, from) + ' '.repeat(to - from) + prose.slice(to);
          }
          assert.deepStrictEqual(clauseSpansMemo(prose, text, base, citations), clauseSpans(prose, text, base, citations));
        }
      }),
      { numRuns: 200 },
    );
  });
});
