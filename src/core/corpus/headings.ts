// What a passage is about beyond its own words: the heading of the section it stands in and the
// source's title heading. Encyclopaedic and report prose names its subject once, in a heading,
// and then says "She ...", "The band ...": retrieval systems for such text (FEVER's document-then-
// sentence retrieval, DPR and KILT's passages with their title prepended) read a passage with its
// title. Read from the text and the source's section marks, so the index cache need not keep it.
import { contentStems } from '../text/tokens';
import type { SectionMark } from '../sources/reader';

/** A Markdown ATX heading line ("## Early life"). */
const MARKDOWN_HEADING = /^ {0,3}#{1,6}[ \t]+\S/;

export interface PassageTable {
  texts: readonly string[];
  passageSource: Uint32Array;
  passageStart: Uint32Array;
  passageEnd: Uint32Array;
  /** Per source, its section marks (sources read from HTML, DOCX, PDF outlines). */
  sections: ReadonlyArray<readonly SectionMark[] | undefined>;
}

/** Per passage, the ids of the heading passages it is read under (-1: none). */
export interface HeadingContext {
  /** The nearest heading before the passage in its source. */
  section: Int32Array;
  /** The source's first passage, when it is a heading (the document's title). */
  title: Int32Array;
}

function isHeading(table: PassageTable, id: number, marks: ReadonlySet<number> | undefined): boolean {
  const start = table.passageStart[id]!; // id < passage count
  if (marks?.has(start)) return true;
  const text = table.texts[table.passageSource[id]!] ?? '';
  return MARKDOWN_HEADING.test(text.slice(start, Math.min(table.passageEnd[id]!, start + 16)));
}

/** The heading passages every passage is read under. */
export function headingContext(table: PassageTable): HeadingContext {
  const count = table.passageStart.length;
  const section = new Int32Array(count).fill(-1);
  const title = new Int32Array(count).fill(-1);
  let source = -1;
  let current = -1;
  let top = -1;
  let marks: Set<number> | undefined;
  for (let id = 0; id < count; id++) {
    if (table.passageSource[id] !== source) {
      source = table.passageSource[id]!;
      const sectionMarks = table.sections[source];
      marks = sectionMarks ? new Set(sectionMarks.map((mark) => mark.start)) : undefined;
      current = -1;
      top = isHeading(table, id, marks) ? id : -1;
    }
    // A heading is read under the title only; a sentence under its section's heading and the title.
    const heading = isHeading(table, id, marks);
    section[id] = heading ? -1 : current;
    title[id] = top === id || (!heading && top === current) ? -1 : top;
    if (heading) current = id;
  }
  return { section, title };
}

/** Content stems of heading passages, computed once per heading. */
export class HeadingStems {
  private readonly cache = new Map<number, readonly string[]>();

  constructor(private readonly text: (id: number) => string) {}

  of(id: number): readonly string[] {
    let stems = this.cache.get(id);
    if (!stems) {
      stems = contentStems(this.text(id).replace(/^\s*#+/, ''));
      this.cache.set(id, stems);
    }
    return stems;
  }
}
