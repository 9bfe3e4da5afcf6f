// Inline suppression comments:
//   <!-- brief-lens-disable-next-line [CODE ...] -->   the next non-blank line
//   <!-- brief-lens-disable-line [CODE ...] -->        the line the comment is on
//   <!-- brief-lens-disable-file [CODE ...] -->        the whole file
// Without codes, every code is suppressed.
import type { LineIndex } from '../text/positions';

export interface Suppressions {
  isSuppressed(code: string, line: number): boolean;
}

const COMMENT = /<!--\s*brief-lens-disable(-next-line|-line|-file)((?:\s+[a-z][a-z-]*)*)\s*-->/g;

export function findSuppressions(text: string, lines: LineIndex): Suppressions {
  const byLine = new Map<number, Set<string> | 'all'>();
  let file: Set<string> | 'all' | undefined;
  const add = (target: Map<number, Set<string> | 'all'>, line: number, codes: string[]): void => {
    const existing = target.get(line);
    if (existing === 'all') return;
    if (codes.length === 0) target.set(line, 'all');
    else target.set(line, new Set([...(existing ?? []), ...codes]));
  };
  COMMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COMMENT.exec(text)) !== null) {
    const codes = (m[2] ?? '').trim().split(/\s+/).filter(Boolean);
    const line = lines.positionAt(m.index).line;
    if (m[1] === '-file') {
      if (codes.length === 0) file = 'all';
      else if (file !== 'all') file = new Set([...(file ?? []), ...codes]);
    } else if (m[1] === '-line') {
      add(byLine, line, codes);
    } else {
      let next = lines.positionAt(m.index + m[0].length).line + 1;
      while (next < lines.lineCount && text.slice(lines.lineStart(next), next + 1 < lines.lineCount ? lines.lineStart(next + 1) : text.length).trim() === '') next++;
      add(byLine, next, codes);
    }
  }
  return {
    isSuppressed(code: string, line: number): boolean {
      if (file === 'all' || file?.has(code)) return true;
      const entry = byLine.get(line);
      return entry === 'all' || (entry?.has(code) ?? false);
    },
  };
}
