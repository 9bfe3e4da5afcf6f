// Parses a Markdown brief with unified + remark-parse into prose sentences with exact
// offsets, and the citations in them. Front matter, code, HTML, headings, link URLs and
// images are not prose; they are masked out so offsets into the brief stay exact.
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineIndex } from '../text/positions';
import { splitSentences } from '../text/sentences';
import type { Span } from '../types';
import { findCitations, type RawCitation } from './citations';
import { itemsWithin } from '../text/within';
import { findSuppressions, type Suppressions } from './suppressions';

export interface BriefSentence {
  span: Span;
  /** The sentence as written in the brief. */
  text: string;
  /** The same span with markup and citations blanked out (same length as `text`). */
  prose: string;
  citations: RawCitation[];
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
  /** Paragraphs and table cells, in document order. */
  blocks: Span[];
}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
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
function usesGfm(text: string): boolean {
  if (atsPerParagraph(text) > MAX_ATS_PER_PARAGRAPH) return false; // plain CommonMark, never quadratic
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

/**
 * Crash guard (issue 7): remark and its GFM transforms recurse, so thousands of nested lists or
 * quotes overflow the stack. Then parse without GFM, and failing that treat each run of non-blank
 * lines as a paragraph; offsets stay exact either way.
 */
function parseTree(text: string): MdNode {
  // remark drops a leading U+FEFF and counts offsets from the character after it; a space of
  // the same length keeps every offset exact.
  const input = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const processors = pathological(input) ? [] : usesGfm(input) ? [processor, plainProcessor] : [plainProcessor];
  for (const p of processors) {
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

const PROSE_BLOCKS = new Set(['paragraph', 'tableCell']);
const SKIPPED = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'image', 'imageReference', 'definition', 'footnoteDefinition', 'heading', 'thematicBreak', 'break']);

function span(node: MdNode): Span | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

export function parseBrief(text: string): ParsedBrief {
  return briefFromMask(text, maskBrief(text));
}

/** Parses the Markdown (unified + remark) into the prose mask and blocks. */
export function maskBrief(text: string): BriefMask {
  const tree = parseTree(text);
  // Which characters are prose; the masked copy is built from runs of them at the end.
  const keep = new Uint8Array(text.length);
  const blocks: Span[] = [];
  const copy = (s: Span): void => {
    keep.fill(1, s.start, s.end);
  };
  // Depth-first, in document order, with an explicit stack: deep nesting must not overflow (issue 7).
  const visitInline = (root: MdNode): void => {
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (SKIPPED.has(node.type)) continue;
      if (node.type === 'text') {
        const s = span(node);
        if (s) copy(s);
        continue;
      }
      if (node.type === 'link') {
        const kids = node.children ?? [];
        const label = kids.map((k) => k.value ?? '').join('');
        if (label === node.url || label === node.url?.replace(/^mailto:/, '')) continue; // a bare URL
      }
      const children = node.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  };
  const visitBlock = (root: MdNode): void => {
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (SKIPPED.has(node.type)) continue;
      if (PROSE_BLOCKS.has(node.type)) {
        const s = span(node);
        if (s) blocks.push(s);
        for (const child of node.children ?? []) visitInline(child);
        continue;
      }
      const children = node.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  };
  visitBlock(tree);
  return { masked: maskedText(text, keep), blocks };
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
  const maskedText = mask.masked;
  const blocks = mask.blocks;

  const citations = findCitations(maskedText);
  // The masked text with citation groups blanked (line breaks kept), built slice by slice.
  const groups = citations.map((c) => c.groupSpan).sort((a, b) => a.start - b.start);
  let proseText = '';
  let at = 0;
  for (const g of groups) {
    const from = Math.max(at, g.start);
    if (g.end <= from) continue;
    proseText += maskedText.slice(at, from) + maskedText.slice(from, g.end).replace(/[^\r\n]/g, ' ');
    at = g.end;
  }
  proseText += maskedText.slice(at);

  const sentences: BriefSentence[] = [];
  for (const block of blocks) {
    for (const s of splitSentences(maskedText, { lineBreaks: false }, block.start, block.end)) {
      // Keep the sentence's closing citation (`... figure [@key].`) with it.
      sentences.push({
        span: s,
        text: text.slice(s.start, s.end),
        prose: proseText.slice(s.start, s.end),
        citations: itemsWithin(citations, s),
      });
    }
  }
  return { text, lines, sentences, citations, suppressions: findSuppressions(text, lines), mask };
}
