// One or two lines of plain text saying why a verdict was reached, from its explanation: what
// the hover shows under "Why?". (Lane i15 may bring a shared renderer of the same name.)
import type { Explanation, Observation, Verdict } from './types';

/** Pieces shown per list, so the line stays short. */
const MAX_PIECES = 4;

function quoted(pieces: readonly string[]): string {
  const unique = [...new Set(pieces)];
  const shown = unique.slice(0, MAX_PIECES).map((p) => `“${p}”`);
  return unique.length > MAX_PIECES ? `${shown.join(', ')} and ${unique.length - MAX_PIECES} more` : shown.join(', ');
}

const CHECK_NAMES: Record<string, string> = {
  figure: 'figure',
  date: 'date',
  name: 'name',
  negation: 'negation',
  antonym: 'opposite word',
  'co-hyponym': 'word of the same kind',
};

function contradiction(o: Observation | undefined, decidedBy: string): string {
  if (!o) return `The ${CHECK_NAMES[decidedBy] ?? decidedBy} check found the passage disagrees.`;
  if (decidedBy === 'negation') return `One side negates what the other asserts: the claim has “${o.claim}”, the passage “${o.source ?? ''}”.`;
  return `The passage has “${o.source ?? ''}” where the claim has “${o.claim}” (${CHECK_NAMES[decidedBy] ?? decidedBy}).`;
}

/** Why the verdict was reached, in one or two lines. */
export function describeExplanation(explanation: Explanation, verdict: Verdict): string {
  const { decidedBy, observations } = explanation;
  if (decidedBy === 'opinion') return 'An opinion, recommendation or question: it is not checked against the sources.';
  if (decidedBy === 'retrieval') return 'No passage of the corpus comes near this sentence.';
  const found = observations.filter((o) => o.effect === 'supports').map((o) => o.claim);
  const missing = observations.filter((o) => o.effect === 'missing').map((o) => o.claim);
  if (verdict === 'contradicted') return contradiction(observations.find((o) => o.effect === 'contradicts' && o.check === decidedBy), decidedBy);
  if (verdict === 'supported') {
    return `The passage states ${quoted(found)}${missing.length ? `; not stated, but minor: ${quoted(missing)}` : ''}.`;
  }
  const lacking = observations.filter((o) => o.effect === 'missing' && o.check === decidedBy).map((o) => o.claim);
  const what = lacking.length > 0 ? lacking : missing;
  const shared = found.length ? `The closest passage states ${quoted(found)}` : 'The closest passage states none of the claim';
  return what.length ? `${shared}, but not ${quoted(what)}.` : `${shared}: too little of the claim to bear it out.`;
}
