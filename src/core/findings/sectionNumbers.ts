// Which numbered section or chapter an offset of a source sits in, for locators such as `§ 3`,
// `sec. 3` and `chap. 2`. Numbers come from the headings themselves ("3. Wages", "3.2 Pay",
// "Section 3", "Chapter II"), never from counting headings: a report's title, a foreword or an
// unnumbered annex would shift a count. The words that name a chapter or a section are Pandoc's
// locator terms (brief/locator.json), so a heading and a locator use the same vocabulary.
import { locatorLabel, type LocatorLabel } from '../brief/locator';
import type { SectionMark } from '../sources/reader';

export interface HeadingNumber {
  /** `chapter` when the heading says so ("Chapter 2"); `section` for "Section 3", "§ 3" and bare numbers ("3.2 Pay"). */
  kind: 'chapter' | 'section';
  /** The number's components: "3.2" is [3, 2]. */
  parts: number[];
}

const ROMAN = /^[IVXLCDM]+$/i;
/** A label word at the start ("Chapter", "Sec.", "§"), and the number that follows it or starts the title. */
const LEADING_WORD = /^([\p{L}§]+)\.?\s*/u;
const NUMBER = /^(\d+(?:\.\d+)*|[IVXLCDM]+)(?=[.):\s]|$)/;

/** The number a heading gives itself, or undefined ("Background", "Table 3", "I think"). */
export function headingNumber(title: string): HeadingNumber | undefined {
  // "IV. Conclusions": a Roman numeral alone, before the pattern could take "I" for a word.
  const bareRoman = /^\s*([IVXLCDM]+)[.)]\s/i.exec(title);
  if (bareRoman?.[1]) {
    const value = romanValue(bareRoman[1]);
    return value === undefined ? undefined : { kind: 'section', parts: [value] };
  }
  // Two anchored steps, not one pattern: a word and a Roman numeral overlap, and backtracking between them is polynomial.
  const trimmed = title.trimStart();
  const leading = /^\d/.test(trimmed) ? undefined : LEADING_WORD.exec(trimmed);
  const word = leading?.[1];
  const value = NUMBER.exec(leading ? trimmed.slice(leading[0].length) : trimmed)?.[1];
  if (value === undefined) return undefined;
  const label: LocatorLabel | undefined = word === undefined ? 'section' : locatorLabel(word);
  if (label !== 'chapter' && label !== 'section') return undefined;
  if (ROMAN.test(value)) {
    // Roman numerals only after a label ("Chapter II"); alone, above ("I think" is no number).
    if (word === undefined) return undefined;
    const roman = romanValue(value);
    return roman === undefined ? undefined : { kind: label, parts: [roman] };
  }
  const parts = value.split('.').map(Number);
  // A bare four-digit number is a year ("1946 in review"), not a section.
  if (word === undefined && (parts[0] ?? 0) > 999) return undefined;
  return { kind: label, parts };
}

export type SectionPlace =
  | { found: true; number: number; title: string }
  /** Why a section or chapter locator cannot be checked against this source. */
  | { found: false; reason: string };

/**
 * The number of the chapter (`chapter`) or top-level section (`section`) an offset sits in: that
 * of the last heading at or before it numbered that way. Said plainly when the source has no
 * sections, or none numbered that way.
 */
export function numberedPlace(sections: readonly SectionMark[] | undefined, offset: number, label: 'chapter' | 'section'): SectionPlace {
  if (!sections || sections.length === 0) return { found: false, reason: 'this source has no sections (a PDF without an outline, or plain text)' };
  const numbered = sections.map((mark) => ({ mark, number: headingNumber(mark.title) })).filter((entry) => entry.number !== undefined && (label === 'section' || entry.number.kind === 'chapter'));
  if (numbered.length === 0) return { found: false, reason: `this source's headings are not numbered as ${label === 'chapter' ? 'chapters' : 'sections'}` };
  let place: { mark: SectionMark; number?: HeadingNumber } | undefined;
  for (const entry of numbered) {
    if (entry.mark.start > offset) break;
    place = entry;
  }
  const number = place?.number?.parts[0];
  if (!place || number === undefined) return { found: false, reason: `the passage comes before this source's first numbered ${label}` };
  return { found: true, number, title: place.mark.title };
}

function romanValue(text: string): number | undefined {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const value = values[lower[i] ?? ''] ?? 0;
    const next = values[lower[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 && total < 4000 ? total : undefined;
}
