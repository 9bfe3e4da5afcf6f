// Decides whether a sentence makes a checkable factual claim or is opinion: a recommendation,
// a question, a hedged view, or a sentence with no checkable fact.
import type { Token } from '../text/tokens';
import { REPORTING_VERBS, REPORTING_VERBS_WITH_THAT } from './lexicon';

const MODALS = new Set(['should', 'must', 'ought', 'might', 'could', 'may', 'shall']);
const RECOMMEND = new Set(['recommend', 'recommends', 'propose', 'proposes', 'urge', 'urges', 'suggest', 'suggests', 'advise', 'advises', 'encourage', 'call']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her']);
const FIRST_PERSON = new Set(['we', 'i', 'our', 'my', 'us']);
/** Before these the verb is no report ("up to Iraq to show", "did not find"): what follows it is not all the claim. */
const NOT_A_REPORT_AFTER = new Set(['to', 'not', 'never', 'will', 'would', 'can', 'cannot', 'could', 'did', 'do', 'does']);
/** Adjectives that judge: after "would be" they are the writer's view, not a reported fact. */
const JUDGEMENTS = [
  'good', 'best', 'wise', 'unwise', 'sensible', 'prudent', 'modest', 'reasonable', 'unreasonable', 'misguided', 'mistaken', 'foolish',
  'welcome', 'helpful', 'beneficial', 'desirable', 'advisable', 'preferable', 'better', 'worse', 'right', 'wrong',
  'fair', 'unfair', 'justified', 'unjustified', 'appropriate', 'inappropriate', 'overdue', 'laudable', 'commendable',
  'regrettable', 'unfortunate', 'reckless', 'naive', 'short-sighted', 'unrealistic', 'realistic', 'worthwhile', 'pointless',
  'counterproductive', 'a mistake', 'an error', 'a step forward', 'a step backward',
].join('|');
/** Of those, the ones that judge after a plain "is" too ("The plan is misguided"). */
const VERDICTS = [
  'wise', 'unwise', 'sensible', 'prudent', 'misguided', 'mistaken', 'foolish', 'laudable', 'commendable', 'regrettable',
  'reckless', 'naive', 'short-sighted', 'long overdue', 'counterproductive', 'pointless', 'worthwhile', 'worrying',
  'troubling', 'alarming', 'encouraging', 'disappointing', 'welcome step', 'smart',
].join('|');

const HEDGES = [
  /\b(in|by) (our|my) (view|assessment|opinion|judgement|judgment|estimation)\b/i,
  /\b(we|i) (believe|think|feel|expect|suspect|consider|argue|contend|hope|fear|would argue)\b/i,
  /\b(arguably|perhaps|probably|presumably|hopefully|ideally|in principle)\b/i,
  /\bit (seems|appears) (likely|to us|that)\b/i,
  /\b(needs?|needed) to\b/i,
  /\bit is (essential|important|vital|crucial|imperative|necessary|time|worth)\b/i,
  /^(let us|let's|consider|imagine|ensure|make|invest|adopt|avoid|fund|create|build|publish)\b/i,
  // "would be wise", "would have been a modest and sensible step": a judgement, whatever figures it names.
  new RegExp(`\\b(would|will|could|might) (have been|be) (an? )?(\\w+ (and|but) )?(${JUDGEMENTS})\\b`, 'i'),
  new RegExp(`\\b(is|are|was|were|seems?|remains?) (an? )?(\\w+ (and|but) )?(${VERDICTS})\\b`, 'i'),
  /\b(deserves?|merits?|warrants?)\b/i,
  /\b(would be|is|are|was) (a )?(good|bad|great|terrible|excellent|welcome|sensible|wise|foolish) (idea|step|move|thing|choice)\b/i,
  // "is set to" is news for "is scheduled to": a fact, not a hedge.
  /\b(is|are|seems?|appears?) (likely|unlikely|bound)(, [^,]{1,40},)? to\b/i,
  /\b(far |much |way )?too (small|big|large|little|few|slow|late|early|weak|timid|narrow|modest|costly|risky) to\b/i,
  /\bneeds? (a|an|more|better|stronger|urgent|its own)\b/i,
  /\bthere is (a|an) (strong|clear|good|compelling|urgent|real) (case|need|argument|reason)\b/i,
  /\bthe (best|right|wisest|only sensible|most sensible|preferred|only realistic) (option|approach|way|course|choice|path|answer|response|hope|bet|chance)\b/i,
];

/** "Under the AI Act, providers must …", "To qualify, a system must …": a rule reported, not the writer's demand. */
const RULE_FRAME = /^(under|to qualify|to be eligible|to comply|according to|by law|in order to qualify)\b[^,]{0,80},/i;

export type ClaimKind = 'claim' | 'opinion';

export interface Classification {
  kind: ClaimKind;
  /** Token index where the checked content starts, after a reporting frame ("The report says that ..."). */
  contentFrom: number;
  reason?: string;
}

/** Tokens an "According to ..." attribution may run to before its comma. */
const MAX_ATTRIBUTION = 10;

/**
 * Length of a leading reporting frame, in tokens: "The post argues that" -> 4, "According to the
 * Treasury," -> 4. `text` is the sentence the tokens come from, starting at offset `base`.
 */
export function reportingFrameLength(tokens: readonly Token[], text = '', base = 0): number {
  if (tokens[0]?.norm === 'according' && tokens[1]?.norm === 'to') {
    for (let k = 3; k < Math.min(tokens.length, MAX_ATTRIBUTION + 2); k++) {
      if (text.slice(tokens[k - 1].end - base, tokens[k].start - base).includes(',')) return k;
    }
    return 0;
  }
  for (let i = 0; i < Math.min(tokens.length, 7); i++) {
    // "We recommend" or "I think" is the writer's own view, not a report of a source.
    // After an article the word is a noun ("The report says"), not the reporting verb.
    // After "to", a negation or an auxiliary it is no frame to skip ("It is up to Iraq to show ...").
    const before = i > 0 ? tokens[i - 1] : undefined;
    // "told Congress that", "pointed out that": the frame runs to the "that".
    const that = REPORTING_VERBS_WITH_THAT.has(tokens[i].norm) ? [1, 2, 3].map((k) => i + k).find((k) => tokens[k]?.norm === 'that') : undefined;
    if ((REPORTING_VERBS.has(tokens[i].norm) || that !== undefined) && before && !FIRST_PERSON.has(before.norm) && !DETERMINERS.has(before.norm) && !NOT_A_REPORT_AFTER.has(before.norm) && !/n['’]t$/i.test(before.raw)) {
      if (that !== undefined) return that + 1;
      return tokens[i + 1]?.norm === 'that' ? i + 2 : i + 1;
    }
  }
  return 0;
}

/** `text` starts at offset `base` of the text the tokens' offsets count in. */
export function classify(text: string, tokens: readonly Token[], hasFacts: boolean, base = 0): Classification {
  const trimmed = text.trim();
  if (trimmed.endsWith('?')) return { kind: 'opinion', contentFrom: 0, reason: 'question' };
  const frame = reportingFrameLength(tokens, text, base);
  const body = tokens.slice(frame);
  if (frame === 0) {
    for (const hedge of HEDGES) if (hedge.test(trimmed)) return { kind: 'opinion', contentFrom: 0, reason: 'hedged or prescriptive' };
    for (let i = 0; i < body.length; i++) {
      const t = body[i];
      // "in May 2024": the month, not the modal.
      const month = t.norm === 'may' && t.capitalized && (i > 0 || /^\d/.test(body[i + 1]?.raw ?? ''));
      if (MODALS.has(t.norm) && !month && !(t.norm === 'must' && RULE_FRAME.test(trimmed))) return { kind: 'opinion', contentFrom: 0, reason: `modal "${t.raw}"` };
      if (RECOMMEND.has(t.norm) && i > 0 && FIRST_PERSON.has(body[i - 1].norm)) return { kind: 'opinion', contentFrom: 0, reason: 'recommendation' };
    }
  }
  const content = body.filter((t) => !t.stop);
  if (content.length < 2 && !hasFacts) return { kind: 'opinion', contentFrom: frame, reason: 'no checkable fact' };
  return { kind: 'claim', contentFrom: frame };
}
