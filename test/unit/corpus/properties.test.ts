// Properties of the corpus reader's pure parts, with a fixed seed (issue 7).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { decodeSource } from '../../../src/core/corpus/decode';
import { parseManifest, validateManifest } from '../../../src/core/corpus/manifest';
import { defaultMetadata, keyFromStem, MAX_TITLE_LENGTH } from '../../../src/core/corpus/metadata';
import { normaliseEntryPath } from '../../../src/core/corpus/load';
import { CITATION_KEY } from '../../../src/core/corpus/manifest';

const settings = { seed: 20260202, numRuns: 300 };

describe('corpus properties', () => {
  it('decoding never throws, and valid UTF-8 text comes back exactly', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeSource(bytes);
        if (decoded.ok) assert.equal(typeof decoded.text, 'string');
        else assert.match(decoded.reason, /^is binary, not text/);
      }),
      settings,
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        fc.pre(!/[\u0000-\u0008\u000e-\u001f\u007f]/.test(text) && !text.startsWith('\ufeff'));
        const decoded = decodeSource(new TextEncoder().encode(text));
        assert.deepEqual(decoded, { ok: true, text, encoding: 'utf-8' });
      }),
      settings,
    );
  });

  it('manifest parsing never throws on any text or value', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('manifest.json', 'manifest.yaml'), (text, name) => {
        const parsed = parseManifest(name, text);
        assert.ok(Array.isArray(parsed.entries) && Array.isArray(parsed.issues));
      }),
      settings,
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = validateManifest({ sources: [value] });
        assert.equal(parsed.entries.length + (parsed.issues.length > 0 ? 1 : 0), 1);
      }),
      settings,
    );
  });

  it('entry paths never climb out of the folder', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('..', '.', 'a', 'b.md', '', '/', '\\', 'C:', '~'), { maxLength: 8 }), (parts) => {
        const normalised = normaliseEntryPath(parts.join('/'));
        if (normalised !== undefined) {
          assert.ok(!normalised.split('/').includes('..'), normalised);
          assert.ok(!normalised.startsWith('/'), normalised);
        }
      }),
      settings,
    );
  });

  it('default keys are citable and titles are short single lines', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 600 }), (stem, text) => {
        assert.match(keyFromStem(stem), CITATION_KEY);
        const metadata = defaultMetadata(text, stem, true);
        assert.ok(metadata.title.length <= MAX_TITLE_LENGTH);
        assert.doesNotMatch(metadata.title, /[\r\n]/);
      }),
      settings,
    );
  });
});
