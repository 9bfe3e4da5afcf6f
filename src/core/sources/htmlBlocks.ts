// The readable text of an HTML tree: block elements (paragraphs, headings, list items, cells,
// quotations) become paragraphs one blank line apart, headings open sections. Used for web pages
// (after Readability has kept the article) and for Word files (mammoth writes HTML).
import type { SectionMark } from './reader';

/** The little of a DOM node this walk needs (linkedom's nodes have it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
}

const ELEMENT = 1;
const TEXT = 3;
const HEADING = /^H[1-6]$/;
const BLOCK = new Set(['P', 'LI', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'CAPTION', 'FIGCAPTION', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'TR', 'TBODY', 'THEAD', 'TFOOT', 'FIGURE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'ADDRESS', 'HR', 'BR']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'HEAD']);

export interface Blocks {
  text: string;
  sections: SectionMark[];
}

/** Walks `root`, collecting block texts; a heading's text starts a section named by it. */
export function blocksOf(root: DomNode): Blocks {
  const paragraphs: { text: string; heading: boolean }[] = [];
  let inline = '';
  const flush = () => {
    const text = inline.replace(/\s+/g, ' ').trim();
    if (text !== '') paragraphs.push({ text, heading: false });
    inline = '';
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === TEXT) {
      inline += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (HEADING.test(name)) {
      flush();
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text !== '') paragraphs.push({ text, heading: true });
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    // Once per node: linkedom builds `childNodes` afresh on every access, which made this walk
    // quadratic (a 400 KB article took 14 s, a 2 MB page minutes).
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child) visit(child);
    }
    if (block) flush();
  };
  visit(root);
  flush();
  let text = '';
  const sections: SectionMark[] = [];
  for (const paragraph of paragraphs) {
    if (text !== '') text += '\n\n';
    if (paragraph.heading) sections.push({ start: text.length, title: paragraph.text });
    text += paragraph.text;
  }
  return { text, sections };
}
