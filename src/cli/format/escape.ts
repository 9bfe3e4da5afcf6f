// Text that reaches a terminal from a source, a manifest, a brief or a file name is escaped, so
// that nothing read can move the cursor, clear the screen, set the window title, plant a link
// (ESC/OSC/CSI sequences), forge a line of output (a newline in a file name) or reorder what is
// shown (bidi overrides). JSON and SARIF need none of this: JSON.stringify escapes C0 itself.

/** C0 controls, DEL, C1 controls, and the bidi/line-separator format characters. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every control character written as an escape: `\x1b`, `\n`, `\u202e`. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const named = NAMED[char];
    if (named) return named;
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
