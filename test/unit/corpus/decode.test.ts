import { strict as assert } from 'node:assert';
import { binaryReason, decodeSource, decodeWindows1252 } from '../../../src/core/corpus/decode';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('corpus/decode', () => {
  it('decodes UTF-8, dropping only the byte order mark', () => {
    const text = 'a\r\nb “c” £60M 🇬🇧\u200b';
    assert.deepEqual(decodeSource(new TextEncoder().encode(text)), { ok: true, text, encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('\ufeffx')]);
    assert.equal((decodeSource(withBom) as { text: string }).text, '\ufeffx');
  });

  it('decodes UTF-16 with either byte order mark', () => {
    assert.deepEqual(decodeSource(bytes(0xff, 0xfe, 0x41, 0x00, 0xac, 0x20)), { ok: true, text: 'A€', encoding: 'utf-16le' });
    assert.deepEqual(decodeSource(bytes(0xfe, 0xff, 0x00, 0x41, 0x20, 0xac)), { ok: true, text: 'A€', encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 with a note naming the first bad byte', () => {
    const result = decodeSource(bytes(0x61, 0x62, 0x80, 0x20, 0xe9));
    assert.equal(result.ok && result.text, 'ab€ é');
    assert.equal(result.ok && result.encoding, 'windows-1252');
    assert.match((result.ok && result.note) || '', /first bad byte at offset 2/);
    // a truncated multi-byte sequence at the end is invalid too
    const truncated = decodeSource(bytes(0x61, 0xe2, 0x82));
    assert.match((truncated.ok && truncated.note) || '', /offset 1/);
  });

  it('maps every byte of Windows-1252', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const text = decodeWindows1252(all);
    assert.equal(text.length, 256);
    assert.equal(text[0x80], '€');
    assert.equal(text[0x81], '\u0081');
    assert.equal(text[0x93], '“');
    assert.equal(text[0xe9], 'é');
    assert.equal(text[0x41], 'A');
  });

  it('tells binary from text', () => {
    assert.equal(binaryReason(bytes(0x61, 0x00)), 'is binary, not text (NUL byte at offset 1)');
    assert.equal(binaryReason(new TextEncoder().encode('plain\ttext\f\r\n')), undefined);
    assert.match(binaryReason(bytes(1, 2, 3, 4, 0x61)) ?? '', /80% control characters/);
    const utf16Binary = decodeSource(bytes(0xff, 0xfe, 0x01, 0x00, 0x02, 0x00));
    assert.equal(utf16Binary.ok, false);
  });
});
