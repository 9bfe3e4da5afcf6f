// consider-citing (information): an uncited sentence of analysis, or an uncited narrative claim no
// source bears out, that names a specific entity and an event ("Britain should follow now that
// Washington has changed course"). Not an error: the writer may know it; a source would let a
// reader check it.
import clauseData from '../../brief/clauses.json';
import type { Analysis } from '../../claims/analyze';
import { aboutTheBrief } from '../../claims/classify';
import type { Finding } from '../../types';
import { finding, quoteValue, type Rule } from '../context';
import { uncitedNarrative } from './unsupported';

const IRREGULAR_PAST = new Set(clauseData.irregularPast);
const AUXILIARIES = new Set(clauseData.auxiliaries);
/**
 * Before these an "-ed" word describes ("the limited budget", "openly licensed models", "the plan
 * is misguided"); it does not tell what happened.
 */
const DESCRIBING = /^(the|a|an|its|their|his|her|our|this|that|these|those|is|are|am|seems?|looks?|remains?|\w+ly)$/;

/** The word telling what happened: a verb in the past ("released", "began"), else a date. */
function eventWord(analysis: Analysis): string | undefined {
  const { tokens } = analysis;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || token.capitalized || analysis.quantityTokens.has(i) || AUXILIARIES.has(token.norm)) continue;
    const past = IRREGULAR_PAST.has(token.norm) || (/^[a-z]{3,}ed$/.test(token.norm) && !/eed$/.test(token.norm));
    if (past && !DESCRIBING.test(tokens[i - 1]?.norm ?? '')) return token.raw;
  }
  return analysis.quantities.find((q) => q.kind === 'date' || q.kind === 'year')?.text;
}

export const considerCitingRule: Rule = ({ brief, corpus, sentences }) => {
  const findings: Finding[] = [];
  for (const s of sentences) {
    if (s.sentence.citations.length > 0) continue;
    const verdict = s.check.verdict;
    if (verdict !== 'opinion' && !(verdict === 'unsupported' && uncitedNarrative(s, corpus))) continue;
    // The brief speaking of itself ("the addresses reviewed here") reports no event of the world.
    if (aboutTheBrief(s.sentence.prose)) continue;
    const entity = s.check.analysis.entities[0];
    const event = eventWord(s.check.analysis);
    if (!entity || !event) continue;
    const message = `Consider citing a source: this names ${quoteValue(entity.text)} and what happened (${quoteValue(event)})`;
    findings.push(finding(brief, 'consider-citing', s.sentence.span, message, [], { sentenceIndex: s.index }));
  }
  return findings;
};
