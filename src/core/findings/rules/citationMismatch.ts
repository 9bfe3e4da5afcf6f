// citation-mismatch: the cited source does not say what the claim says. A warning when another
// source does (the fix swaps the key); information when the cited source has a passage on the
// same thing that the check could not align word for word (most often a paraphrase, sometimes
// an error no check names). A cited claim that neither its sources nor any other bears on is
// unsupported (rules/unsupported.ts).
import type { Finding, Fix } from '../../types';
import { edit, finding, passageEvidence, type Rule, type RuleContext, type SentenceContext } from '../context';
import type { Corpus } from '../../corpus/corpus';
import type { ParsedBrief } from '../../brief/parse';
import type { Comparison } from '../../verify/compare';
import { measuredFact } from '../../claims/classify';
import { passageAnalysis } from '../../claims/passageAnalysis';
import { sameQuantity, type Quantity } from '../../claims/quantities';
import { datesASource, sourceMayState } from '../../verify/sourceFacts';
import { rarelyMetByChance } from '../../verify/verify';
import { renamedInCitedPassage, type RenamedName } from './unstatedName';
import { rivalInCitedPassage } from './unstatedFigure';

/** A passage of the cited source covering this much of the claim, and all its figures and names, is on its subject. */
export const RELATED_COVERAGE = 0.3;
/** Covering this much, it is on the subject even without some of the claim's figures or names. */
export const CLOSE_COVERAGE = 0.45;

/**
 * A passage without the claim's figure or date must cover more than half of the claim to be on
 * its subject: the measured fact is what the claim states, and a source that has neither it nor
 * most of the words around it does not state it ("first models by the end of 2026" against a
 * passage on the labs' funding). The claim is then unsupported, not an unverified paraphrase.
 */
export const FACT_MISSING_COVERAGE = 0.5;

/** Whether a passage speaks of what the claim speaks of (though the check could not align it all). */
function onSubject(c: Comparison): boolean {
  if (c.factMissing && c.coverage < FACT_MISSING_COVERAGE) return false;
  return c.coverage >= CLOSE_COVERAGE || (c.coverage >= RELATED_COVERAGE && c.missing === 0);
}

/**
 * The claim's measured figures (a sum, a share, a date, a figure in digits) that no cited source
 * states anywhere: a passage on the claim's subject does not bear out a figure its source never
 * gives ("a programme to reach 75,000 children" where the address gives no number of children).
 */
function figuresNoCitedSourceStates(corpus: Corpus, s: SentenceContext): Quantity[] {
  const a = s.check.analysis;
  const measured = a.quantities.filter((q) => measuredFact({ ...a, quotes: [], quantities: [q] }) && !datesASource(corpus, q));
  const cited = s.check.comparisons.filter((c) => s.check.citedKeys.includes(corpus.passageKey(c.passageId)));
  const comparedStates = (q: Quantity): boolean => cited.some((c) => passageAnalysis(corpus, c.passageId).quantities.some((stated) => sameQuantity(q, stated)));
  return measured.filter((q) => !comparedStates(q) && !s.check.citedKeys.some((key) => corpus.source(key) !== undefined && sourceMayState(corpus, key, q)));
}

/** A compared passage of a source the claim does not cite that states every figure of it: the key may be the slip, not the figure. */
function anotherSourceStatingFigures(corpus: Corpus, s: SentenceContext): Comparison | undefined {
  return s.check.comparisons.find((c) => c.factsMatched > 0 && !c.factMissing && !s.check.citedKeys.includes(corpus.passageKey(c.passageId)));
}

/** What a cited claim's sources say on its subject, read once for both rules that ask. */
export interface CitedSubject {
  /** The cited source's passage nearest the claim, when it is on the claim's subject. */
  related: Comparison | undefined;
  /** With such a passage, the claim's figures no cited source states anywhere. */
  unstated: Quantity[];
  /** Unsupported, it is only not verified (information): the cited source states every figure, or another source does (figures often met by chance). */
  onlyNotVerified: boolean;
  /**
   * A passage of another source stating every figure of the claim, where the cited sources never
   * give one of them: the citation, not the figure, is the slip (a citation-mismatch).
   */
  statedElsewhere: Comparison | undefined;
  /** A name no cited source mentions, where the passage on the subject gives one other of its kind (unstatedName.ts). */
  renamed: RenamedName | undefined;
  /**
   * Where the cited sources have nothing on the claim's subject, another source's passage that
   * covers most of the claim with nothing in conflict or missing: the key is the likelier slip.
   */
  closerElsewhere: Comparison | undefined;
}

/** Share of the claim another source's passage must cover, with nothing missing, to be the source the claim meant. */
export const ELSEWHERE_COVERAGE = 0.6;

/** One of a claim's citations. */
type CitationOf = SentenceContext['sentence']['citations'][number];

/** Per verified claim, what its cited sources say on its subject: three rules ask (citation-mismatch, unsupported-claim, inconsistent-fact). */
const citedSubjects = new WeakMap<SentenceContext['check'], { corpus: Corpus; subject: CitedSubject }>();

export function citedSubject(corpus: Corpus, s: SentenceContext): CitedSubject {
  const kept = citedSubjects.get(s.check);
  if (kept?.corpus === corpus) return kept.subject;
  const related = relatedCitedPassage(corpus, s);
  const neverGiven = figuresNoCitedSourceStates(corpus, s);
  const other = neverGiven.length > 0 ? anotherSourceStatingFigures(corpus, s) : undefined;
  // Only figures seldom met by chance: a year or a small count another source names is no sign the
  // key is wrong, and such a claim is only not verified; nor is a figure amid other matters,
  // and the other passage must speak of what the claim speaks of, as fully as the cited source's
  // nearest passage does (else the figure is that passage's measure with another value).
  const asFull = other !== undefined && other.coverage >= (related?.coverage ?? 0);
  const statedElsewhere = other && asFull && onSubject(other) && neverGiven.every(rarelyMetByChance) ? other : undefined;
  const unstated = related && !statedElsewhere ? neverGiven : [];
  const renamed = related && !statedElsewhere && neverGiven.length === 0 && s.check.verdict === 'unsupported' ? renamedInCitedPassage(corpus, s, related) : undefined;
  // Another source naming the figure less fully leaves the claim only not verified, unless the
  // cited passage gives that measure another value: then the figure is an alternation of it.
  const rivalled = other !== undefined && !asFull && neverGiven.some((q) => rivalInCitedPassage(corpus, s, q) !== undefined);
  const onlyNotVerified = related !== undefined && !statedElsewhere && !renamed && (neverGiven.length === 0 || (other !== undefined && !rivalled));
  const closerElsewhere = !related && neverGiven.length === 0 && s.check.verdict === 'unsupported' ? s.check.comparisons.find((c) => !s.check.citedKeys.includes(corpus.passageKey(c.passageId)) && c.conflicts.length === 0 && c.missing === 0 && c.coverage >= ELSEWHERE_COVERAGE) : undefined;
  const subject = { related, unstated, onlyNotVerified, statedElsewhere, renamed, closerElsewhere };
  citedSubjects.set(s.check, { corpus, subject });
  return subject;
}

/** The cited source's passage nearest the claim, when it is on the claim's subject. */
function relatedCitedPassage(corpus: Corpus, s: SentenceContext): Comparison | undefined {
  return s.check.comparisons.find((c) => onSubject(c) && s.check.citedKeys.includes(corpus.passageKey(c.passageId)));
}

/**
 * Whether the citation is a later clause's, which that clause's own source bears out ("The
 * ecosystem already exists; Lwin notes its leaders have been ignored [@lwin]"): it cites where it
 * stands, and the clause before it is the writer's, not a claim the key was meant to carry.
 */
function citesItsOwnClause(context: RuleContext, s: SentenceContext, citation: { key: string; span: { start: number } }): boolean {
  if (citation.span.start < s.sentence.span.end) return false;
  const corpus = context.corpus;
  return context.claimsOfSentence(s.index).some((o) => o.claimIndex !== s.claimIndex && o.sentence.span.start <= citation.span.start && citation.span.start < o.sentence.span.end && o.check.verdict === 'supported' && o.check.decisive !== undefined && corpus.passageKey(o.check.decisive.passageId) === citation.key);
}

export const citationMismatchRule: Rule = (context) => {
  const { brief, corpus, sentences } = context;
  const findings: Finding[] = [];
  for (const s of sentences) {
    const check = s.check;
    if (!check.citedDisagrees || check.verdict === 'opinion' || check.verdict === 'contradicted') continue;
    const citation = s.sentence.citations.find((c) => check.citedKeys.includes(c.key));
    if (!citation || citesItsOwnClause(context, s, citation)) continue;
    // A key with no text cannot disagree: the no-text rule reports it.
    if (corpus.source(citation.key)?.passageCount === 0) continue;
    const cited = `[@${citation.key}]`;
    if (check.verdict === 'supported' && check.decisive) {
      const right = corpus.passageKey(check.decisive.passageId);
      const evidence = s.evidence.find((e) => e.passageId === check.decisive?.passageId) ?? s.evidence[0];
      const fixes = swapCitation(brief, s, citation, right, true);
      findings.push(finding(brief, 'citation-mismatch', citation.span, `${cited} does not say this; [@${right}] does`, fixes, { sentenceIndex: s.index, ...(evidence ? { evidence } : {}) }));
      continue;
    }
    const subject = citedSubject(corpus, s);
    if (check.verdict === 'unsupported' && subject.statedElsewhere) {
      findings.push(statedElsewhereFinding(brief, corpus, s, citation, subject.statedElsewhere));
      continue;
    }
    if (subject.closerElsewhere) {
      const right = corpus.passageKey(subject.closerElsewhere.passageId);
      const evidence = s.evidence.find((e) => e.passageId === subject.closerElsewhere?.passageId);
      findings.push(finding(brief, 'citation-mismatch', citation.span, `${cited} says nothing on this; [@${right}] comes closest`, swapCitation(brief, s, citation, right, false), { sentenceIndex: s.index, ...(evidence ? { evidence } : {}) }));
      continue;
    }
    const related = subject.related;
    // A figure the cited source never states is an unsupported claim (rules/unsupported.ts).
    if (!related || (check.verdict === 'unsupported' && !subject.onlyNotVerified)) continue;
    // The message names the cited source's nearest passage: that is the evidence shown, even when
    // another source's passage ranks higher in the sentence's own evidence.
    const evidence = s.evidence.find((e) => e.passageId === related.passageId) ?? passageEvidence(corpus, related.passageId, related.evidenceStart, related.evidenceEnd, 'related');
    const f = finding(brief, 'citation-mismatch', citation.span, `Not verified: the nearest passage of ${cited} does not state all of this`, [], { sentenceIndex: s.index, evidence });
    findings.push({ ...f, severity: 'information' });
  }
  return findings;
};

/**
 * An unsupported cited claim whose figures its cited sources never give, and another source's
 * passage states them all: the key is the slip. The fix swaps it, not preferred: that passage
 * bears out the figures, not necessarily every word.
 */
function statedElsewhereFinding(brief: ParsedBrief, corpus: Corpus, s: SentenceContext, citation: CitationOf, other: Comparison): Finding {
  const right = corpus.passageKey(other.passageId);
  const cited = `[@${citation.key}]`;
  const evidence = s.evidence.find((e) => e.passageId === other.passageId);
  return finding(brief, 'citation-mismatch', citation.span, `${cited} never gives these figures; [@${right}] does`, swapCitation(brief, s, citation, right, false), { sentenceIndex: s.index, ...(evidence ? { evidence } : {}) });
}

/** The fix that cites `right` in place of the citation; none when the claim cites it already (a fix never adds a key twice). */
function swapCitation(brief: ParsedBrief, s: SentenceContext, citation: CitationOf, right: string, preferred: boolean): Fix[] {
  if (s.sentence.citations.some((c) => c.key === right)) return [];
  return [{ title: `Cite [@${right}] instead of [@${citation.key}]`, kind: 'swap-citation', edits: [edit(brief, citation.span, right)], isPreferred: preferred, safe: false }];
}
