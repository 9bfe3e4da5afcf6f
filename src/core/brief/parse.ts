// Parses a Markdown brief with unified + remark-parse into prose sentences with exact
// offsets, and the citations in them. Front matter, code, HTML, headings, link URLs and
// images are not prose; they are masked out so offsets into the brief stay exact.
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineIndex } from '../text/positions';
import type { Span } from '../types';
import { findCitations, type RawCitation } from './citations';
import { columnCitations } from './columnCitations';
import { findSuppressions, type Suppressions } from './suppressions';
import { mathSpans } from './math';
import { withoutEnumerators } from './enumerators';
import { readSentences } from './read';
import { isReferencesHeading } from './sections';

/** A sentence or one of its claims, as written and as prose. */
export interface BriefUnit {
  span: Span;
  /** The sentence as written in the brief. */
  text: string;
  /** The same span with markup and citations blanked out (same length as `text`). */
  prose: string;
  /** The citations that apply: its own, and those that apply from outside its span (after a quotation, in a footnote it calls). */
  citations: RawCitation[];
  /** A table row: one record of its table. */
  row?: boolean;
  /**
   * A table row's column headers over the cells that state something, as words: what its values
   * are (a "Funding" column's "£60 million" is funding). They give the row meaning for
   * retrieval and alignment; ranges still point at the row's cells.
   */
  columnWords?: string[];
  /**
   * A relative clause's antecedent ("Iraq's Anbar Awakening" for ", which he dated to 2005"):
   * the words the clause speaks of, read after it the way a row's column words are.
   */
  antecedent?: string;
  /**
   * A later clause of a sentence a reporting frame opens ("Kennedy said that A, while B"): the
   * frame reports it too, so it is the source's statement, not the writer's.
   */
  framed?: boolean;
}

export interface BriefSentence extends BriefUnit {
  /** The clauses that each state their own fact, in order; one when the sentence holds one claim. */
  claims: BriefUnit[];
}

export interface ParsedBrief {
  text: string;
  lines: LineIndex;
  sentences: BriefSentence[];
  citations: RawCitation[];
  suppressions: Suppressions;
  /** The Markdown structure the rest is derived from (what an incremental re-parse reuses). */
  mask: BriefMask;
}

/** What the Markdown parse contributes: the text with everything but prose blanked, and the prose blocks. */
export interface BriefMask {
  /** Same length as the text: prose characters kept, everything else a space (line breaks kept). */
  masked: string;
  /** Paragraphs and table rows, in document order. */
  blocks: Block[];
  /** Where footnotes are called (`[^1]`), in document order. */
  footnoteRefs: FootnoteRef[];
}

/** A paragraph or table row of prose. */
export interface Block extends Span {
  /** Start of the blockquote the block sits in. */
  quote?: number;
  /** A table row: one statement, whatever punctuation its cells hold. */
  row?: boolean;
  /** A table row's header cells as plain text, one per column. */
  columns?: string[];
  /** Label of the footnote whose definition holds the block. */
  footnote?: string;
}

export interface FootnoteRef {
  label: string;
  span: Span;
}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  identifier?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);
const plainProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

const EMAIL_AT = /[\p{L}\p{N}._+-]@[\p{L}\p{N}]/u;
const TASK_ITEM = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[[ xX]\]/m;

/**
 * GFM's e-mail autolinks rescan a paragraph from each '@': `a@a@…` over 100 lines took 14 s
 * (issue 16). No brief has this many in one paragraph; such a brief is parsed as CommonMark.
 */
const MAX_ATS_PER_PARAGRAPH = 200;

/** The most '@' in one paragraph (text between blank lines); one pass. */
function atsPerParagraph(text: string): number {
  if (!text.includes('@')) return 0;
  let most = 0;
  let count = 0;
  let blank = true; // the current line has only spaces so far
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 64) {
      blank = false;
      most = Math.max(most, ++count);
    } else if (c === 10) {
      if (blank) count = 0;
      blank = true;
    } else if (c !== 32 && c !== 9 && c !== 13) blank = false;
  }
  return most;
}

/**
 * Whether the text has anything GFM reads differently from CommonMark (tables, strikethrough,
 * autolinked URLs and e-mail addresses, footnotes, task lists). Without it the plain parser gives
 * the same tree in about half the time. Substring searches first: one regular expression trying
 * every kind of syntax at every character cost a twentieth of the parse.
 */
function hasGfmSyntax(text: string): boolean {
  if (text.includes('|') || text.includes('~') || text.includes('http:') || text.includes('https:') || text.includes('www.') || text.includes('[^')) return true;
  // An e-mail address: a word character, '@', a letter or digit (astral characters are two code units each side).
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (EMAIL_AT.test(text.slice(Math.max(0, at - 2), at + 3))) return true;
  }
  return (text.includes('[ ]') || text.includes('[x]') || text.includes('[X]')) && TASK_ITEM.test(text);
}

/** Markup no brief has, on which remark takes seconds: deep nesting or hundreds of markers in a line. */
const DEEP_NESTING = 32;
const MARKERS_PER_LINE = 400;

function pathological(text: string): boolean {
  if (deeplyNested(text)) return true;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) count = 0;
    // * _ [ ] ` < > ~ | and @ (GFM's e-mail autolinks rescan a run of `a@a@…` from each @: quadratic, issue 16)
    else if ((c === 42 || c === 95 || c === 91 || c === 93 || c === 96 || c === 60 || c === 62 || c === 126 || c === 124 || c === 64) && ++count > MARKERS_PER_LINE) return true;
  }
  return false;
}

/**
 * Whether a line opens with DEEP_NESTING list or quote markers (`- `, `> `, `1. `, `2) `), each
 * followed by a space or tab. A scanner, one pass: the regular expression it replaces had adjacent
 * quantifiers over the same spaces and took 77 s on `-  ` × 29 then a word (issue 16).
 */
export function deeplyNested(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    let markers = 0;
    for (;;) {
      while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
      const after = markerEnd(text, i);
      if (after === i || !(text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9)) break;
      i = after;
      if (++markers >= DEEP_NESTING) return true;
    }
    while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
    i++;
  }
  return false;
}

/** End of a list or quote marker at `i` (`-`, `*`, `+`, `>`, or 1–9 digits then `.` or `)`), or `i` when there is none. */
function markerEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43 || c === 62) return i + 1;
  let j = i;
  while (j - i < 10 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j === i || j - i > 9) return i;
  const close = text.charCodeAt(j);
  return close === 46 || close === 41 ? j + 1 : i;
}

/** A line break as `^` in a multiline pattern sees one: \n, \r, U+2028, U+2029. */
function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

type Processor = typeof plainProcessor;

/**
 * The parsers to try on `text`, in order: none for markup that would take remark seconds, GFM
 * (then plain, should it overflow) when the text has GFM syntax. Decided on a whole brief, and
 * used for each of its pieces when it is parsed piece by piece (brief/steps.ts).
 */
export function processorsFor(text: string): readonly Processor[] {
  return processorsOf(markupTraits(text));
}

/**
 * What decides the parsers of a text, read line by line (so that the traits of a brief's pieces,
 * each starting on a line after a blank line, joined give those of the whole: brief/steps.ts).
 */
export interface MarkupTraits {
  pathological: boolean;
  /** The most '@' in one paragraph. */
  ats: number;
  gfmSyntax: boolean;
}

export function markupTraits(text: string): MarkupTraits {
  return pathological(text) ? PATHOLOGICAL : { pathological: false, ats: atsPerParagraph(text), gfmSyntax: hasGfmSyntax(text) };
}

/** The traits of two texts, one after the other (the second starting after a blank line). */
export function joinedTraits(a: MarkupTraits, b: MarkupTraits): MarkupTraits {
  if (a.pathological || b.pathological) return PATHOLOGICAL;
  return { pathological: false, ats: Math.max(a.ats, b.ats), gfmSyntax: a.gfmSyntax || b.gfmSyntax };
}

/** Nothing else matters of a pathological text: it is read without remark. */
const PATHOLOGICAL: MarkupTraits = { pathological: true, ats: 0, gfmSyntax: false };

export function processorsOf(traits: MarkupTraits): readonly Processor[] {
  if (traits.pathological) return [];
  // So many '@' in a paragraph: plain CommonMark, never quadratic.
  return traits.ats <= MAX_ATS_PER_PARAGRAPH && traits.gfmSyntax ? [processor, plainProcessor] : [plainProcessor];
}

/**
 * Crash guard (issue 7): remark and its GFM transforms recurse, so thousands of nested lists or
 * quotes overflow the stack. Then parse without GFM, and failing that treat each run of non-blank
 * lines as a paragraph; offsets stay exact either way.
 */
function parseTree(text: string, only?: Processor): MdNode {
  // remark drops a leading U+FEFF and counts offsets from the character after it; a space of
  // the same length keeps every offset exact.
  const input = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  // A piece of a brief: the whole brief's parser, and a failure is the caller's to handle.
  if (only) return only.parse(input) as MdNode;
  for (const p of processorsFor(input)) {
    try {
      return p.parse(input) as MdNode;
    } catch {
      // try the next, simpler parse
    }
  }
  const children: MdNode[] = [];
  let start = -1;
  let end = -1;
  const close = (): void => {
    if (start < 0) return;
    const position = { start: { offset: start }, end: { offset: end } };
    children.push({ type: 'paragraph', position, children: [{ type: 'text', position }] });
    start = -1;
  };
  for (let from = 0; from <= text.length; ) {
    let to = from;
    while (to < text.length && text[to] !== '\n' && text[to] !== '\r') to++;
    if (text.slice(from, to).trim() === '') close();
    else {
      if (start < 0) start = from;
      end = to;
    }
    from = to + (text[to] === '\r' && text[to + 1] === '\n' ? 2 : 1);
  }
  close();
  return { type: 'root', children };
}

const SKIPPED = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'image', 'imageReference', 'definition', 'heading', 'thematicBreak', 'break', 'math', 'inlineMath', 'footnoteReference']);

function span(node: MdNode): Span | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

export function parseBrief(text: string): ParsedBrief {
  return briefFromMask(text, maskBrief(text));
}

/** Where a block sits: in which blockquote or footnote definition. */
interface Container {
  quote?: number;
  footnote?: string;
  /** The header cells of the table a row sits in. */
  columns?: string[];
}

/** Whether the text read so far is inside a section that lists references, below which heading depth (0: not). */
export interface ReferencesState {
  skipBelow: number;
}

/**
 * Parses the Markdown (unified + remark) into the prose mask and blocks. A piece of a brief
 * (brief/steps.ts) is parsed with the whole brief's parsers and carries on the references state.
 */
export function maskBrief(text: string, piece?: { processor: Processor; references: ReferencesState }): BriefMask {
  const tree = parseTree(text, piece?.processor);
  // Which characters are prose; the masked copy is built from runs of them at the end.
  const keep = new Uint8Array(text.length);
  const blocks: Block[] = [];
  const footnoteRefs: FootnoteRef[] = [];
  const separators: number[] = [];
  // Depth-first, in document order, with an explicit stack: deep nesting must not overflow (issue 7).
  const visitInline = (root: MdNode): void => {
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.type === 'footnoteReference') {
        const s = span(node);
        if (s && node.identifier) footnoteRefs.push({ label: node.identifier, span: s });
        continue;
      }
      if (SKIPPED.has(node.type)) continue;
      if (node.type === 'text') {
        const s = span(node);
        if (s) keepProse(text, s, keep);
        continue;
      }
      if (node.type === 'link') {
        const kids = node.children ?? [];
        const label = kids.map((k) => k.value ?? '').join('');
        if (label === node.url || label === node.url?.replace(/^mailto:/, '')) continue; // a bare URL
      }
      const children = node.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!); // i is in range
    }
  };
  const stack: { node: MdNode; at: Container }[] = proseChildren(tree, piece?.references ?? { skipBelow: 0 }).reverse().map((node) => ({ node, at: {} }));
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, at } = item;
    if (SKIPPED.has(node.type)) continue;
    const s = span(node);
    if (node.type === 'tableRow') cellBreaks(text, node, separators);
    if (node.type === 'paragraph' || node.type === 'tableRow') {
      if (s) blocks.push({ ...s, ...at, ...(node.type === 'tableRow' ? { row: true } : {}) });
      const inline = node.children ?? [];
      // A run-in heading ("**1998 – Bill Clinton.** Clinton's budget ...") titles its paragraph, as a heading does.
      const heading = node.type === 'paragraph' && inline[0] && runInHeading(text, inline[0], inline);
      for (const child of heading ? inline.slice(1) : inline) visitInline(child);
      // Its stop or colon written after the emphasis ("**Buy open**: ...") belongs to it.
      if (heading && /[.:]/.test(text.charAt(heading.end))) keep[heading.end] = 0;
      continue;
    }
    let children = node.children ?? [];
    // A table's first row is its header: it names the columns, it states nothing, but its words
    // say what each row's values are.
    const columns = node.type === 'table' ? (children[0]?.children ?? []).map((cell) => plainText(cell).replace(/\s+/g, ' ').trim()) : undefined;
    if (node.type === 'table') children = children.slice(1);
    const inner: Container = columns ? { ...at, columns } : node.type === 'blockquote' && s ? { ...at, quote: at.quote ?? s.start } : node.type === 'footnoteDefinition' && node.identifier ? { ...at, footnote: node.identifier } : at;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, at: inner }); // i is in range
  }
  return { masked: withSeparators(maskedText(text, keep), separators), blocks, footnoteRefs };
}

/** Words a run-in heading holds at most: a title, not a sentence set in bold. */
const RUN_IN_WORDS = 8;

/**
 * A paragraph opening with a short strong span that ends in a full stop or colon (inside the
 * span or right after it) and is followed by more of the paragraph: a run-in heading, as LaTeX's
 * \paragraph or a press release's "**For immediate release.**". A question in bold stays prose
 * (it is read as a question), and so does a bold span that cites a source.
 */
function runInHeading(text: string, first: MdNode, inline: readonly MdNode[]): Span | undefined {
  const head = span(first);
  const paragraphEnd = span(inline[inline.length - 1] ?? first)?.end;
  if (first.type !== 'strong' || !head || paragraphEnd === undefined) return undefined;
  const kids = first.children ?? [];
  const from = span(kids[0] ?? first)?.start ?? head.start;
  const to = span(kids[kids.length - 1] ?? first)?.end ?? head.end;
  const inner = text.slice(from, to).trim();
  const after = text.slice(head.end, paragraphEnd);
  const closed = /[.:]$/.test(inner) || /^[.:]/.test(after);
  const words = inner.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  const heading = closed && words > 0 && words <= RUN_IN_WORDS && !inner.includes('@') && /[\p{L}\p{N}]/u.test(after.replace(/^[.:]/, ''));
  return heading ? head : undefined;
}

/** The pipes between a row's cells: each marks where a cell's words start, like a sentence's. */
function cellBreaks(text: string, row: MdNode, separators: number[]): void {
  (row.children ?? []).forEach((cell, index) => {
    const at = span(cell)?.start;
    if (index > 0 && at !== undefined && text.charAt(at) === '|') separators.push(at);
  });
}

/**
 * The masked text with a semicolon for each pipe between cells: a cell's first word is not
 * read as a name for its capital, and a negation does not run on into the next cell.
 */
function withSeparators(masked: string, separators: readonly number[]): string {
  if (separators.length === 0) return masked;
  const parts: string[] = [];
  let at = 0;
  for (const position of separators) {
    parts.push(masked.slice(at, position), ';');
    at = position + 1;
  }
  parts.push(masked.slice(at));
  return parts.join('');
}

/** The root's children, without the sections that list references (they hold no claims). */
function proseChildren(tree: MdNode, references: ReferencesState): MdNode[] {
  const kept: MdNode[] = [];
  for (const node of tree.children ?? []) {
    if (node.type === 'heading') {
      const depth = node.depth ?? 1;
      if (references.skipBelow && depth > references.skipBelow) continue;
      references.skipBelow = isReferencesHeading(plainText(node)) ? depth : 0;
      continue;
    }
    if (!references.skipBelow) kept.push(node);
  }
  return kept;
}

function plainText(node: MdNode): string {
  if (node.value !== undefined) return node.value;
  return (node.children ?? []).map(plainText).join('');
}

/** Marks a text node's characters as prose, except inline math (`$x$`, `$$…$$`). */
function keepProse(text: string, s: Span, keep: Uint8Array): void {
  let at = s.start;
  for (const math of mathSpans(text.slice(s.start, s.end), s.start)) {
    keep.fill(1, at, math.start);
    at = math.end;
  }
  keep.fill(1, at, s.end);
}

/** The text with every character not kept a space (line breaks kept), built run by run. */
function maskedText(text: string, keep: Uint8Array): string {
  const parts: string[] = [];
  for (let from = 0; from < text.length; ) {
    const kept = keep[from];
    let to = from + 1;
    while (to < text.length && keep[to] === kept) to++;
    const run = text.slice(from, to);
    parts.push(kept ? run : run.replace(/[^\r\n]/g, ' '));
    from = to;
  }
  return parts.join('');
}

/** Sentences, citations and suppressions of a brief, given its mask. */
export function briefFromMask(text: string, mask: BriefMask): ParsedBrief {
  const lines = new LineIndex(text);
  const { sentences, citations } = sentencesFromMask(text, mask);
  return { text, lines, sentences, citations, suppressions: findSuppressions(text, lines), mask };
}

/** The sentences and citations of a brief (or of a piece of one), given its mask. */
export function sentencesFromMask(text: string, mask: BriefMask): { sentences: BriefSentence[]; citations: RawCitation[] } {
  const citations = [...findCitations(mask.masked), ...mask.blocks.flatMap((block) => columnCitations(text, block))].sort((a, b) => a.span.start - b.span.start);
  const proseText = withoutEnumerators(withoutCitations(mask.masked, citations));
  return { sentences: readSentences({ text, masked: mask.masked, prose: proseText, citations, mask }), citations };
}

/** The masked text with citation groups blanked (line breaks kept), built slice by slice. */
function withoutCitations(masked: string, citations: readonly RawCitation[]): string {
  const groups = citations.map((c) => c.groupSpan).sort((a, b) => a.start - b.start);
  let proseText = '';
  let at = 0;
  for (const g of groups) {
    const from = Math.max(at, g.start);
    if (g.end <= from) continue;
    proseText += masked.slice(at, from) + masked.slice(from, g.end).replace(/[^\r\n]/g, ' ');
    at = g.end;
  }
  return proseText + masked.slice(at);
}
