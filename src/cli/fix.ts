// `check --fix`: applies the safe fixes (the engine's safeFixes, as the editor's fix-all) and
// writes the brief back only if its bytes are still those that were read.
import { promises as fs } from 'node:fs';
import { escapeControls } from './format/escape';
import { applyEdits, describeError, safeFixes, type BriefResult, type FindingCode, type Position } from '../core';

export interface FixChange {
  /** Where the replaced text starts in the brief as it was read. */
  position: Position;
  code: FindingCode;
  before: string;
  after: string;
}

/** The brief with the safe fixes applied, and what each edit changed, in document order. */
export function applySafeFixes(text: string, result: BriefResult): { text: string; changes: FixChange[] } {
  const chosen = safeFixes(result);
  const changes = chosen.flatMap(({ finding, fix }) =>
    fix.edits.map((edit) => ({
      position: edit.range.start,
      code: finding.code,
      before: text.slice(edit.span.start, edit.span.end),
      after: edit.newText,
    })),
  );
  return { text: applyEdits(text, chosen.flatMap(({ fix }) => fix.edits)), changes };
}

/** `file:line:col fixed <code>: "old" → "new"` (1-based; the texts quoted as JSON strings). */
export function fixedLine(shown: string, change: FixChange): string {
  const { line, character } = change.position;
  // JSON.stringify escapes C0 controls; escapeControls the rest (DEL, C1, bidi) a terminal would act on.
  return `${shown}:${line + 1}:${character + 1} fixed ${change.code}: ${escapeControls(JSON.stringify(change.before))} → ${escapeControls(JSON.stringify(change.after))}`;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Writes the fixed text over the brief, in UTF-8 with its byte order mark if it had one. Refuses
 * (and says why) when the file's bytes differ from those read: someone changed it meanwhile.
 */
export async function writeFixed(file: string, read: Uint8Array, fixed: string): Promise<string | undefined> {
  let current: Uint8Array;
  try {
    current = await fs.readFile(file);
  } catch {
    return 'it cannot be read again; not fixed';
  }
  if (!sameBytes(current, read)) return 'it changed since it was read; not fixed';
  const bom = UTF8_BOM.every((byte, index) => read[index] === byte) ? '\uFEFF' : '';
  try {
    await fs.writeFile(file, bom + fixed, 'utf8');
  } catch (error) {
    return `it cannot be written (${describeError(error)}); not fixed`;
  }
  return undefined;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
