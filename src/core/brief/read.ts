// From the prose blocks of a brief to its sentences and their claims, with the citations that
// apply to each, as Pandoc places citations: a citation applies to the clause it ends; one
// written after the full stop (`… in 2023. [@key]`) to the sentence before it; one on its own
// line after a blockquote (or an attribution line "— Name [@key]") to the quotation; a footnote
// that holds citations cites the sentence that calls it.
import { splitSentences } from '../text/sentences';
import type { Span } from '../types';
import type { RawCitation } from './citations';
import { clauseSpansMemo } from './clauseMemo';
import { isGappedFragment, opensRelativeClause } from './clauses';
import CLAUSE_WORDS from './clauses.json';
import { isNumberWord } from '../claims/numberWords';
import { participleFrameLength, reportingFrameLength } from '../claims/classify';
import { tokenize } from '../text/tokens';
import { columnWords } from './columns';
import { rowClaims, type RowClaim } from './rowClaims';
import type { Block, BriefMask, BriefSentence, BriefUnit } from './parse';

export interface ReadInput {
  text: string;
  /** The text with everything but prose blanked. */
  masked: string;
  /** `masked` with citation groups blanked too. */
  prose: string;
  /** Sorted by position. */
  citations: readonly RawCitation[];
  mask: BriefMask;
}

interface Draft {
  span: Span;
  block: Block;
  /** Citations inside the span. */
  own: RawCitation[];
  /** Citations that apply from outside the span, with where a footnote calls them. */
  borrowed: Borrowed[];
}

interface Borrowed {
  citation: RawCitation;
  /** The footnote reference that calls it. */
  at?: Span;
}

/** An attribution line after a quotation: "— Jane Doe, 2024 [@doe]". */
const ATTRIBUTION = /^\s*[—–-]{1,2}\s*\S/;
const ATTRIBUTION_WORDS = 12;

export function readSentences(input: ReadInput): BriefSentence[] {
  const drafts = attach(input, splitBlocks(input));
  borrowFootnotes(input, drafts);
  return drafts.map((d) => sentenceOf(input, d));
}

/** Sentence spans per block, each with the citations inside it. A table row is one statement. */
function splitBlocks(input: ReadInput): Draft[] {
  const drafts: Draft[] = [];
  let next = 0;
  for (const block of input.mask.blocks) {
    while (next < input.citations.length && (input.citations[next]?.span.start ?? 0) < block.start) next++;
    const spans = block.row ? rowSpan(input, block, next) : splitSentences(input.masked, { lineBreaks: false }, block.start, block.end);
    for (const span of spans) {
      while (next < input.citations.length && (input.citations[next]?.span.start ?? 0) < span.start) next++;
      const own: RawCitation[] = [];
      for (let k = next; k < input.citations.length; k++) {
        const c = input.citations[k];
        if (!c || c.span.start >= span.end) break;
        if (c.span.end <= span.end) own.push(c);
      }
      drafts.push({ span, block, own, borrowed: [] });
    }
  }
  return drafts;
}

/** A row's span, from its first word to its last word or cited key; `first` is the index of the first citation at or after its start. */
function rowSpan(input: ReadInput, block: Block, first: number): Span[] {
  const masked = input.masked;
  let start = block.start;
  let end = block.end;
  // Spaces, and the separators of empty cells at either end.
  while (start < end && /[\s;]/.test(masked.charAt(start))) start++;
  while (end > start && /[\s;]/.test(masked.charAt(end - 1))) end--;
  if (!/[\p{L}\p{N}]/u.test(masked.slice(start, end))) return [];
  // A key in a source column is masked as code, yet cites the row (columnCitations.ts).
  for (let k = first; k < input.citations.length; k++) {
    const c = input.citations[k];
    if (!c || c.span.start >= block.end) break;
    if (c.span.start >= end && c.span.end <= block.end) end = c.span.end;
  }
  return [{ start, end }];
}

/** Whether a draft holds nothing but citations (and punctuation): it cites what comes before it. */
function citationsOnly(input: ReadInput, d: Draft): boolean {
  return d.own.length > 0 && !/[\p{L}\p{N}]/u.test(input.prose.slice(d.span.start, d.span.end));
}

/** A short line opening with a dash and holding a citation, right after a quotation. */
function attribution(input: ReadInput, d: Draft, previous: Draft | undefined): boolean {
  if (!previous || previous.block.quote === undefined || d.block.quote !== undefined || d.own.length === 0) return false;
  const words = input.prose.slice(d.span.start, d.span.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return ATTRIBUTION.test(input.masked.slice(d.block.start, d.block.end)) && words <= ATTRIBUTION_WORDS;
}

/** Folds citations written after a sentence or a quotation into it. */
function attach(input: ReadInput, drafts: Draft[]): Draft[] {
  const kept: Draft[] = [];
  for (const d of drafts) {
    const previous = kept[kept.length - 1];
    const sameBlock = previous !== undefined && previous.block === d.block;
    if (previous && sameBlock && !citationsOnly(input, d)) moveLeadingCitations(input, previous, d);
    if (previous && sameBlock && citationsOnly(input, d)) {
      // `… in 2023. [@key]`: the citation ends the sentence before it.
      previous.span = { start: previous.span.start, end: d.span.end };
      previous.own.push(...d.own);
      continue;
    }
    if (previous && !sameBlock && d.block.start === d.span.start && (citationsOnly(input, d) || attribution(input, d, previous)) && lastInBlock(drafts, d)) {
      // A line of citations after a block: after a quotation it cites the whole quotation.
      const quote = previous.block.quote;
      const cited = quote === undefined ? [previous] : kept.filter((k) => k.block.quote === quote);
      for (const k of cited) k.borrowed.push(...d.own.map((citation) => ({ citation })));
      continue;
    }
    kept.push(d);
  }
  return kept;
}

/** `… in 2023. [@key] China followed.`: the citations that open a sentence end the one before. */
function moveLeadingCitations(input: ReadInput, previous: Draft, d: Draft): void {
  let end = d.span.start;
  const moved: RawCitation[] = [];
  for (const c of d.own) {
    if (c.inText || c.groupSpan.start !== end) break;
    moved.push(c);
    if (c.groupSpan.end > end) end = c.groupSpan.end;
    // The next group starts after the spaces that follow this one.
    while (end < d.span.end && /\s/.test(input.masked.charAt(end)) && d.own.some((o) => o.groupSpan.start > end)) end++;
  }
  if (moved.length === 0) return;
  let next = moved.reduce((at, c) => Math.max(at, c.groupSpan.end), d.span.start);
  previous.span = { start: previous.span.start, end: next };
  previous.own.push(...moved);
  while (next < d.span.end && /\s/.test(input.masked.charAt(next))) next++;
  d.span = { start: next, end: d.span.end };
  d.own = d.own.filter((c) => !moved.includes(c));
}

function lastInBlock(drafts: readonly Draft[], d: Draft): boolean {
  return drafts.every((other) => other === d || other.block !== d.block);
}

/** A footnote's citations apply to the sentence that calls it. */
function borrowFootnotes(input: ReadInput, drafts: Draft[]): void {
  if (input.mask.footnoteRefs.length === 0) return;
  const byLabel = new Map<string, RawCitation[]>();
  for (const d of drafts) {
    if (d.block.footnote === undefined) continue;
    const list = byLabel.get(d.block.footnote) ?? [];
    list.push(...d.own, ...d.borrowed.map((b) => b.citation));
    byLabel.set(d.block.footnote, list);
  }
  for (const ref of input.mask.footnoteRefs) {
    const cited = byLabel.get(ref.label);
    if (!cited?.length) continue;
    // The sentence the reference sits in or right after (`… in 2023.[^1]`).
    const caller = drafts.filter((d) => d.block.footnote === undefined && d.span.start <= ref.span.start).pop();
    if (caller) caller.borrowed.push(...cited.map((citation) => ({ citation, at: ref.span })));
  }
}

/**
 * A sentence or claim as written and as prose. Inside a sentence a line break only wraps it (a
 * soft or hard break, in Markdown's terms), so its prose reads it as the space it stands for:
 * where the writer wraps a line never changes what is checked.
 */
function unit(input: ReadInput, span: Span, citations: RawCitation[]): BriefUnit {
  const prose = input.prose.slice(span.start, span.end).replace(/[\r\n]/g, ' ');
  return { span, text: input.text.slice(span.start, span.end), prose, citations };
}

function sentenceOf(input: ReadInput, d: Draft): BriefSentence {
  const cells = d.block.row ? rowClaims(input.text, input.prose, d.block, d.block.columns) : undefined;
  if (cells) return { ...unit(input, d.span, [...d.own, ...d.borrowed.map((b) => b.citation)]), row: true, claims: cellClaims(input, d, cells) };
  const prose = input.prose.slice(d.span.start, d.span.end).replace(/[\r\n]/g, ' ');
  // A table row of one statement is one claim, whatever punctuation its cells hold.
  const spans = d.block.row ? [d.span] : clauseSpansMemo(prose, input.text.slice(d.span.start, d.span.end), d.span.start, d.own);
  const columns = d.block.row && d.block.columns ? columnWords(input.text, input.prose, d.block, d.block.columns) : [];
  const row = d.block.row ? { row: true, ...(columns.length > 0 ? { columnWords: columns } : {}) } : {};
  const claims = withSentenceContext(claimCitations(spans, d).map(({ span, citations }) => ({ ...unit(input, span, citations), ...row })), input.prose);
  return { ...unit(input, d.span, [...d.own, ...d.borrowed.map((b) => b.citation)]), ...row, claims };
}

/**
 * A row's cells that each state something, as claims: each is read with the row's key and its
 * column's header after it, and cited by its own citations or else by the row's citations
 * outside the statements (a "Source" column).
 */
function cellClaims(input: ReadInput, d: Draft, cells: readonly RowClaim[]): BriefUnit[] {
  const inside = (c: RawCitation, span: Span) => c.span.start >= span.start && c.span.end <= span.end;
  const rowCitations = d.own.filter((c) => !cells.some((cell) => inside(c, cell.span)));
  const borrowed = d.borrowed.map((b) => b.citation);
  return cells.flatMap(({ span, key, header }) => {
    const own = d.own.filter((c) => inside(c, span));
    const cited = [...(own.length > 0 ? own : rowCitations), ...borrowed];
    const context = { row: true, ...(header ? { columnWords: [header] } : {}), ...(key ? { antecedent: key } : {}) };
    // A cell of two clauses ("prices held steady in 1961; wholesale prices declined") is two claims.
    const prose = input.prose.slice(span.start, span.end).replace(/[\r\n]/g, ' ');
    const clauses = clauseSpansMemo(prose, input.text.slice(span.start, span.end), span.start, own);
    return clauses.map((clause) => ({ ...unit(input, clause, cited.filter((c) => !inside(c, span) || inside(c, clause))), ...context }));
  });
}

/** Words of the clause before a relative clause read as its antecedent: about a noun phrase with its verb. */
const ANTECEDENT_WORDS = 6;

/** Words of the clause before a gapped fragment read as the verb and nouns it leaves unsaid. */
const GAPPED_CONTEXT_WORDS = 10;

/**
 * What a clause split from its sentence keeps of it. A later clause of a sentence a reporting
 * frame opens ("Kennedy said that A, while B") is framed by it too, up to a clause the writer
 * sets against it ("…, but B"). A relative clause ("…, which he dated to 2005") keeps the end of the
 * clause before as its antecedent. A gapped fragment ("…, and in 2016 by almost three-quarters
 * [@b]") keeps the clause before's words as the verb it leaves unsaid, but not its figures, dates
 * or names: those are what the fragment replaces.
 */
function withSentenceContext(claims: BriefUnit[], briefProse: string): BriefUnit[] {
  const first = claims[0];
  let framed = claims.length > 1 && first !== undefined && opensWithFrame(first.prose);
  return claims.map((unframed, k) => {
    const before = claims[k - 1];
    if (!before) return unframed;
    // "…, but B": the writer's counterpoint, which the frame no longer reports (nor the clauses after it).
    framed &&= !LEAVE_THE_FRAME.has(firstWord(briefProse.slice(before.span.end, unframed.span.start)) ?? firstWord(unframed.prose) ?? '');
    // "…, arguing that B": the participle reports B as the subject's (clauses.ts participialReportCut).
    const reportedByParticiple = briefProse.slice(before.span.end, unframed.span.start).includes(',') && participleFrameLength(tokenize(unframed.prose.trim())) > 0;
    const claim = (framed && !opensWithFrame(unframed.prose)) || reportedByParticiple ? { ...unframed, framed: true } : unframed;
    const words = before.prose.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (opensRelativeClause(claim.prose)) return words.length > 0 ? { ...claim, antecedent: words.slice(-ANTECEDENT_WORDS).join(' ') } : claim;
    if (!isGappedFragment(claim.prose)) return claim;
    const unsaid = words.filter((w) => !/^\p{Lu}|\p{N}/u.test(w) && !w.split(/[-–]/).some(isNumberWord));
    return unsaid.length > 0 ? { ...claim, antecedent: unsaid.slice(-GAPPED_CONTEXT_WORDS).join(' ') } : claim;
  });
}

const LEAVE_THE_FRAME: ReadonlySet<string> = new Set(CLAUSE_WORDS.leaveTheFrame);

function firstWord(text: string): string | undefined {
  return /\p{L}+/u.exec(text)?.[0]?.toLowerCase();
}

/** Whether a clause opens with a reporting frame ("Kennedy said that …", "According to the report, …"). */
function opensWithFrame(prose: string): boolean {
  const text = prose.trim();
  return reportingFrameLength(tokenize(text), text) > 0;
}

/**
 * Each clause gets the citations that end it; a clause without one gets the citations that
 * end the clauses after it, as Pandoc reads a citation as covering the text since the one
 * before it ("A [@a], and B, which C [@b]": B is cited by @b; a sentence-final citation cites
 * every clause). Citations
 * from outside the sentence (a quotation's, a footnote's) apply to the clause that calls them,
 * or to every clause.
 */
function claimCitations(spans: readonly Span[], d: Draft): { span: Span; citations: RawCitation[] }[] {
  const claims = spans.map((span) => ({ span, citations: d.own.filter((c) => c.span.start >= span.start && c.span.end <= span.end) }));
  // A citation covers the text since the citation before it: an uncited clause is cited by the next one.
  let next: RawCitation[] = [];
  for (let k = claims.length - 1; k >= 0; k--) {
    const claim = claims[k];
    if (!claim) continue;
    if (claim.citations.length > 0) next = claim.citations;
    else claim.citations = [...next];
  }
  for (const { citation, at } of d.borrowed) {
    const caller = at ? claims.filter((k) => k.span.start <= at.start).pop() : undefined;
    for (const k of caller ? [caller] : claims) k.citations.push(citation);
  }
  return claims;
}
