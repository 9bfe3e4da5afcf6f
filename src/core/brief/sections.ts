// Which sections of a brief list its sources rather than argue: their entries are no claims.
import data from './sections.json';

const HEADINGS = new Set(data.referencesHeadings);
const CLASSES = new Set(data.referencesClasses);
const IDS = new Set(data.referencesIds);

/** Pandoc's heading attributes: `## References {#refs .unnumbered .references}`. */
const ATTRIBUTES = /\{([^{}]*)\}\s*$/;

/** Whether a heading's text names a references section (References, Bibliography, Works cited, `{.references}`). */
export function isReferencesHeading(heading: string): boolean {
  const attributes = ATTRIBUTES.exec(heading);
  if (attributes) {
    for (const attribute of (attributes[1] ?? '').split(/\s+/)) {
      if (attribute.startsWith('.') && CLASSES.has(attribute.slice(1).toLowerCase())) return true;
      if (attribute.startsWith('#') && IDS.has(attribute.slice(1).toLowerCase())) return true;
    }
  }
  const words = heading.replace(ATTRIBUTES, '').replace(/^[\d.\s]+/, '').replace(/[:.]\s*$/, '').trim().toLowerCase();
  return HEADINGS.has(words);
}
