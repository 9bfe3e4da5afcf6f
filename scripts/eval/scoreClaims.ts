// Checks each claim of a set as its own uncited paragraph and gathers the figures of issue 12.
// A sealed set keeps no claim text, id or miss: only counts leave this module for it.
import * as path from 'node:path';
import { BriefChecker, loadCorpus, type CheckedSentence, type Corpus, type Verdict } from '../../src/core';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { goldEvidence, readClaims, type ClaimSet, type LabelledClaim } from './claimSets';
import { Confusion, ratio, type LabelFigures, type Ratio } from './metrics';

export const NO_EXPLANATION = '(none)';

export interface Miss {
  id: string;
  gold: Verdict;
  predicted: Verdict;
  claim: string;
  /** Why it counts as a miss: a wrong verdict, the wrong top passage, or no corrected value. */
  reasons: string[];
  topEvidence?: string;
}

export interface ClaimSetFigures {
  set: string;
  sealed: boolean;
  claims: number;
  corpus: { sources: number; passages: number };
  accuracy: number;
  macroF1: number;
  contradictedPrecision: number;
  falseSupport: Ratio;
  evidenceAt1: Ratio;
  correctedValue: Ratio;
  perLabel: LabelFigures[];
  confusion: Record<string, number>;
  /** Claims per `explanation.decidedBy` ("(none)" until the engine fills it). */
  decidedBy: Record<string, { claims: number; misses: number }>;
  /** Misses grouped by decidedBy; absent for a sealed set. */
  misses?: Record<string, Miss[]>;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/**
 * Is one labelled evidence sentence inside the top-ranked passage of the labelled source? A set may
 * label several sentences, each sufficient on its own (Fool Me Twice does); any of them is a hit.
 */
function evidenceAtOne(corpus: Corpus, sentence: CheckedSentence | undefined, claim: LabelledClaim): boolean {
  const top = sentence?.evidence[0];
  if (!top || !claim.source || path.basename(top.file) !== claim.source) return false;
  const text = corpus.sourceText(top.key) ?? '';
  return goldEvidence(claim).some((evidence) => {
    let at = text.indexOf(evidence);
    if (at < 0) at = normalise(text).indexOf(normalise(evidence));
    return at >= 0 && top.start < at + evidence.length && at < top.end;
  });
}

function offersExpectedValue(sentence: CheckedSentence | undefined, expected: string): boolean {
  const want = normalise(expected);
  return (sentence?.corrections ?? []).some((correction) => {
    const offered = normalise(correction.source);
    return offered.length > 0 && (offered.includes(want) || want.includes(offered));
  });
}

interface Tally {
  confusion: Confusion;
  evidence: { hits: number; of: number };
  corrected: { hits: number; of: number };
  decidedBy: Record<string, { claims: number; misses: number }>;
  misses: Record<string, Miss[]>;
}

function tallyOne(tally: Tally, corpus: Corpus, claim: LabelledClaim, sentence: CheckedSentence | undefined, keepMisses: boolean): void {
  const predicted: Verdict = sentence?.verdict ?? 'opinion';
  const decidedBy = sentence ? (sentence.explanation?.decidedBy ?? NO_EXPLANATION) : '(no sentence)';
  tally.confusion.add(claim.label, predicted);
  const reasons: string[] = [];
  if (predicted !== claim.label) reasons.push('verdict');
  if ((claim.label === 'supported' || claim.label === 'contradicted') && claim.source && claim.evidence) {
    tally.evidence.of++;
    if (evidenceAtOne(corpus, sentence, claim)) tally.evidence.hits++;
    else reasons.push('evidence');
  }
  if (claim.label === 'contradicted' && claim.expect) {
    tally.corrected.of++;
    if (offersExpectedValue(sentence, claim.expect)) tally.corrected.hits++;
    else reasons.push('correction');
  }
  const group = (tally.decidedBy[decidedBy] ??= { claims: 0, misses: 0 });
  group.claims++;
  if (predicted !== claim.label) group.misses++;
  if (!keepMisses || reasons.length === 0) return;
  const top = sentence?.evidence[0];
  (tally.misses[decidedBy] ??= []).push({
    id: claim.id, gold: claim.label, predicted, claim: claim.claim, reasons,
    ...(top ? { topEvidence: `${top.key} (${top.stance}): ${top.text}` } : {}),
  });
}

/** Loads the set's corpus, checks every claim, and returns its figures. */
export async function scoreClaimSet(set: ClaimSet): Promise<ClaimSetFigures> {
  const claims = readClaims(set.claimsFile);
  const corpus = await loadCorpus(set.corpusDirs, nodeFileSystem);
  const checker = new BriefChecker(corpus);
  const tally: Tally = { confusion: new Confusion(), evidence: { hits: 0, of: 0 }, corrected: { hits: 0, of: 0 }, decidedBy: {}, misses: {} };
  for (const claim of claims) {
    const result = checker.check(`${claim.claim}\n`, claim.id, 1);
    tallyOne(tally, corpus, claim, result.sentences[0], !set.sealed);
  }
  const figures: ClaimSetFigures = {
    set: set.name,
    sealed: set.sealed,
    claims: claims.length,
    corpus: { sources: corpus.sources.length, passages: corpus.passageCount },
    accuracy: tally.confusion.accuracy(),
    macroF1: tally.confusion.macroF1(),
    contradictedPrecision: tally.confusion.contradictedPrecision(),
    falseSupport: tally.confusion.falseSupport(),
    evidenceAt1: ratio(tally.evidence.hits, tally.evidence.of),
    correctedValue: ratio(tally.corrected.hits, tally.corrected.of),
    perLabel: tally.confusion.perLabel(),
    confusion: tally.confusion.entries(),
    decidedBy: tally.decidedBy,
  };
  return set.sealed ? figures : { ...figures, misses: tally.misses };
}
