// Turning a source file's bytes into the text that evidence offsets point into.
//
// - A UTF-8 byte order mark is dropped; everything else is kept exactly as the file has it.
// - UTF-16 with a byte order mark is decoded as UTF-16.
// - Bytes that are not valid UTF-8 are decoded as Windows-1252 (a superset of printable
//   Latin-1, what legacy Windows and Mac editors write), and the caller is told so.
// - Files with NUL bytes or many control characters are binary and are not decoded.
// Plain JavaScript, no Node API: the extension uses this in remote and web workspaces too.

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'; note?: string }
  | { ok: false; reason: string };

/** Share of control characters, in the first 64 KiB, above which a file is binary. */
const CONTROL_RATIO = 0.1;
const SAMPLE_BYTES = 64 * 1024;

export function decodeSource(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checkText(decodeUtf16(bytes.subarray(2), true), 'utf-16le');
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checkText(decodeUtf16(bytes.subarray(2), false), 'utf-16be');
  }
  const binary = binaryReason(bytes);
  if (binary) return { ok: false, reason: binary };
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    const at = firstInvalidUtf8(body);
    return {
      ok: true,
      text: decodeWindows1252(body),
      encoding: 'windows-1252',
      note: `is not valid UTF-8 (first bad byte at offset ${at}); read as Windows-1252 — save it as UTF-8 to be sure its characters are right`,
    };
  }
}

/** Why these bytes are not text, or undefined when they look like text. */
export function binaryReason(bytes: Uint8Array): string | undefined {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return `is binary, not text (NUL byte at offset ${nul})`;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) if (isControlByte(byte)) control += 1;
  if (sample.length > 0 && control / sample.length > CONTROL_RATIO) {
    return `is binary, not text (${Math.round((100 * control) / sample.length)}% control characters)`;
  }
  return undefined;
}

function checkText(text: string, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  let control = 0;
  const sample = Math.min(text.length, SAMPLE_BYTES);
  for (let i = 0; i < sample; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0 || isControlByte(code)) control += 1;
  }
  if (sample > 0 && control / sample > CONTROL_RATIO) {
    return { ok: false, reason: `is binary, not text (${Math.round((100 * control) / sample)}% control characters)` };
  }
  return { ok: true, text, encoding };
}

/** C0 controls other than tab, line feed, vertical tab, form feed, carriage return; and DEL. */
function isControlByte(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units: number[] = [];
  const parts: string[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    // i + 1 < length: both bytes are there.
    const first = bytes[i]!;
    const second = bytes[i + 1]!;
    units.push(littleEndian ? first | (second << 8) : (first << 8) | second);
    if (units.length === 8192) parts.push(String.fromCharCode(...units.splice(0)));
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}

/** Windows-1252 code points for bytes 0x80–0x9F (the five unassigned bytes map to C1 controls, as WHATWG does). */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const units: number[] = [];
  for (const byte of bytes) {
    units.push(byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte);
    if (units.length === 8192) parts.push(String.fromCharCode(...units.splice(0)));
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}

/** Offset of the first byte that breaks UTF-8 (for the note; only called on invalid input). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  for (let byte = bytes[i]; byte !== undefined; byte = bytes[i]) {
    let need = 0;
    let min = 0;
    if (byte < 0x80) {
      i += 1;
      continue;
    } else if (byte >= 0xc2 && byte <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (byte >= 0xe0 && byte <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= bytes.length) return i;
    let code = byte & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return i;
}
