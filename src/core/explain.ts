// "Why?": one or two lines saying why a claim got its verdict. From the engine's explanation
// (which check decided, which words matched or conflicted) when there is one; otherwise from the
// verdict, the corrections and the stance of the best evidence. Shared by the hover, the Claims
// view's tooltips and the report, so all three say the same thing.
import { cueDescription } from './claims/classify';
import type { Correction, Evidence, Explanation, Observation, Verdict } from './types';

/** What a reason is computed from: a checked sentence or a checked claim. */
export interface Explained {
  verdict: Verdict;
  evidence: readonly Evidence[];
  corrections: readonly Correction[];
  explanation?: Explanation;
}

const MAX_QUOTE = 60;
const MAX_OTHERS = 3;

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length <= MAX_QUOTE ? flat : `${flat.slice(0, MAX_QUOTE - 1).trimEnd()}…`}”`;
}

/** A check id as words: `figure-conflict` / `figureConflict` → "figure conflict". */
export function checkName(check: string): string {
  return check.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_.]+/g, ' ').trim().toLowerCase();
}

function observationText(observation: Observation): string | undefined {
  const claim = quoted(observation.claim);
  const source = observation.source === undefined ? undefined : quoted(observation.source);
  switch (observation.effect) {
    case 'contradicts':
      return source ? `the brief's ${claim} conflicts with the source's ${source}` : `the brief's ${claim} conflicts with the source`;
    case 'supports':
      return source && source !== claim ? `${claim} matches ${source}` : `${claim} is in the source`;
    case 'missing':
      return `${claim} is not in the source`;
    case 'neutral':
      return undefined;
  }
}

const EFFECT_RANK: Record<Observation['effect'], number> = { contradicts: 0, missing: 1, supports: 2, neutral: 3 };

/** Why a sentence is analysis: "Analysis, not checked against the sources: a modal verb (“should”)." */
function analysisReason(analysis: NonNullable<Explanation['analysis']>): string {
  const cue = cueDescription(analysis.cue) ?? checkName(analysis.cue);
  const words = analysis.words.map(quoted).join(', ');
  return `Analysis, not checked against the sources: ${cue}${words ? ` (${words})` : ''}.`;
}

/** The engine's explanation in two lines at most: the deciding check and what it saw, then the rest. */
export function describeExplanation(explanation: Explanation): string {
  if (explanation.analysis) return analysisReason(explanation.analysis);
  const deciding = explanation.observations.filter((o) => o.check === explanation.decidedBy);
  const others = explanation.observations.filter((o) => o.check !== explanation.decidedBy);
  const rank = (a: Observation, b: Observation) => EFFECT_RANK[a.effect] - EFFECT_RANK[b.effect];
  const decisive = deciding.sort(rank).map(observationText).filter((text): text is string => text !== undefined);
  const head = `Decided by the ${checkName(explanation.decidedBy)} check${decisive.length > 0 ? `: ${decisive.slice(0, 2).join('; ')}` : ''}.`;
  const rest = others.sort(rank).map(observationText).filter((text): text is string => text !== undefined);
  if (rest.length === 0) return head;
  const shown = rest.slice(0, MAX_OTHERS).join('; ');
  return `${head}\nAlso: ${shown}${rest.length > MAX_OTHERS ? `; and ${rest.length - MAX_OTHERS} more` : ''}.`;
}

function correctionReason(correction: Correction): string {
  if (correction.negation === 'claim') return `The brief negates with ${quoted(correction.claimed)} what the source asserts (${quoted(correction.source)}).`;
  if (correction.negation === 'source') return `The source negates with ${quoted(correction.source)} what the brief asserts (${quoted(correction.claimed)}).`;
  return `The source says ${quoted(correction.source)}, not ${quoted(correction.claimed)} (${correction.kind}).`;
}

/** Why the verdict: the engine's explanation, else a line derived from verdict, corrections and evidence. */
export function reasonFor(item: Explained): string {
  if (item.explanation) return describeExplanation(item.explanation);
  const best = item.evidence[0];
  switch (item.verdict) {
    case 'contradicted': {
      const [first, ...more] = item.corrections;
      if (first) return `${correctionReason(first)}${more.length > 0 ? ` (and ${more.length} more difference${more.length === 1 ? '' : 's'})` : ''}`;
      const against = item.evidence.find((evidence) => evidence.stance === 'contradicts') ?? best;
      return against ? `A passage of @${against.key} states otherwise.` : 'A source states otherwise.';
    }
    case 'supported': {
      const support = item.evidence.find((evidence) => evidence.stance === 'supports') ?? best;
      return support ? `A passage of @${support.key} states the same facts.` : 'A source states the same facts.';
    }
    case 'unsupported':
      return best ? `No passage states this; the closest, in @${best.key}, does not bear it out.` : 'No passage of the corpus states this.';
    case 'opinion':
      return 'An opinion, recommendation or question: not checked against the sources.';
  }
}
