// Plain data shared by every layer. Nothing here knows about editors or files on disk.
import { FINDING_REGISTRY } from './findings/registry';

/** Zero-based line and UTF-16 character, as in LSP and VS Code. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Half-open span of UTF-16 code units into a text. */
export interface Span {
  start: number;
  end: number;
}

export type Verdict = 'supported' | 'contradicted' | 'unsupported' | 'opinion';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** The finding codes, in the registry's order (src/core/findings/registry.ts holds one entry per code). */
export type FindingCode = (typeof FINDING_REGISTRY)[number]['code'];
export const FINDING_CODES: readonly FindingCode[] = FINDING_REGISTRY.map((entry) => entry.code);

/** The citation card of a source: from its manifest entry, or its file name and first line. */
export interface SourceMetadata {
  key: string;
  title: string;
  author?: string;
  date?: string;
  publisher?: string;
  url?: string;
  /** Absolute path (CLI) or URI string (extension) of the source file. */
  file: string;
}

/** What a corpus knows about one source document. */
export interface SourceInfo extends SourceMetadata {
  passageCount: number;
  /** Number of pages, for paged sources (PDF). */
  pages?: number;
}

/** A sentence or short run of sentences of one source, with exact offsets into the file's text. */
export interface Passage {
  id: number;
  key: string;
  file: string;
  start: number;
  end: number;
  text: string;
  /** 1-based page the passage starts on, for paged sources (PDF). */
  page?: number;
  /** Heading of the section the passage sits in. */
  section?: string;
}

export type Stance = 'supports' | 'contradicts' | 'related';

export interface Evidence {
  key: string;
  file: string;
  /** UTF-16 offsets into the source file's text. */
  start: number;
  end: number;
  text: string;
  stance: Stance;
  /** Zero-based position of the passage in the source file, for editors. */
  range: Range;
  score: number;
  passageId: number;
  /** 1-based page of the passage, for paged sources (PDF). */
  page?: number;
  /** Heading of the section the passage sits in, when the source has sections. */
  section?: string;
  /** The words of the passage a finding is about (a figure, a name), to show an excerpt around them. */
  focus?: string;
}

export type CorrectionKind = 'figure' | 'date' | 'name' | 'polarity' | 'quote';

/** A value the brief states and the value the source states instead. */
export interface Correction {
  kind: CorrectionKind;
  claimed: string;
  source: string;
  /** Where the claimed value sits in the brief. */
  range: Range;
  span: Span;
  /** A polarity conflict made by a negation: `claim` when the brief negates (claimed is its cue), `source` when the source does. */
  negation?: 'claim' | 'source';
}

export interface TextEdit {
  range: Range;
  /** Offsets into the brief text the edit was computed for. */
  span: Span;
  newText: string;
}

export type FixKind = 'insert-citation' | 'replace-value' | 'restore-quote' | 'swap-citation' | 'suppress';

export interface Fix {
  title: string;
  kind: FixKind;
  edits: TextEdit[];
  /** The most likely fix of its finding. */
  isPreferred: boolean;
  /** Safe fixes are the ones fix-all applies without asking. */
  safe: boolean;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  message: string;
  range: Range;
  span: Span;
  /** The brief text at `span` when the finding was made; a fix must not apply if it changed. */
  targetText: string;
  /** Index into the result's `sentences`, when the finding belongs to a sentence. */
  sentenceIndex?: number;
  evidence?: Evidence;
  fixes: Fix[];
}

export interface Citation {
  key: string;
  /** Range of the key itself (without the `@`). */
  range: Range;
  span: Span;
  /** Span of the whole bracketed group `[@a; @b]`, or of `@key` for in-text citations. */
  groupSpan: Span;
  /** What follows the key in its item: a locator and any suffix (`p. 2`, `chap. 3 and passim`). */
  locator?: string;
  /** Words before the key in its item (`see`, `cf.`). */
  prefix?: string;
  /** `[-@key]`: the author is named in the text, the citation gives only the year. */
  suppressAuthor?: boolean;
  inText: boolean;
}

/** What one named check saw when it compared a claim with a passage. */
export interface Observation {
  /** Id of the check that made it (as in `Explanation.decidedBy`). */
  check: string;
  effect: 'supports' | 'contradicts' | 'missing' | 'neutral';
  /** The claim's words it is about: a substring of the claim. */
  claim: string;
  /** The passage's words, if any: a substring of the top evidence passage. */
  source?: string;
}

/** Why a verdict was reached: the check that decided it and what every check saw. */
export interface Explanation {
  decidedBy: string;
  observations: Observation[];
  /** For analysis (verdict "opinion"): the classifier's cue ("modal", "question", "about-the-brief", ...) and the sentence's words that are it. */
  analysis?: { cue: string; words: string[] };
}

/** One clause of a sentence that states its own fact, checked on its own. */
export interface CheckedClaim {
  text: string;
  range: Range;
  span: Span;
  verdict: Verdict;
  /** Ranked, best first. */
  evidence: Evidence[];
  corrections: Correction[];
  citations: Citation[];
  /** Why the verdict was reached (for a sentence: that of the claim that decided it). */
  explanation?: Explanation;
}

/** A sentence: checked as its claims, its verdict the worst of theirs. */
export interface CheckedSentence extends CheckedClaim {
  /** The sentence's claims (one when it states a single fact). */
  claims?: CheckedClaim[];
}

export interface Problem {
  file: string;
  message: string;
  /** Where in the file the fault is written (a manifest entry or field); absent when the whole file is at fault. */
  range?: Range;
}

export interface BriefResult {
  /** Identifies the brief (path or URI) and the version checked. */
  uri: string;
  version: number;
  sentences: CheckedSentence[];
  findings: Finding[];
  citations: Citation[];
}
