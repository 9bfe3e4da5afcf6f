import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CITATION_KEY, jsonErrorOffset, parseManifest, validateManifest, type ParsedManifest } from '../../../src/core/corpus/manifest';
import { readCorpusFolders } from '../../../src/core/corpus/load';
import { nodeFileSystem } from '../../../src/node/nodeFileSystem';
import { nth } from '../../support/present';

/** The messages of a manifest's issues, without their positions. */
function messages(parsed: ParsedManifest): string[] {
  return parsed.issues.map((issue) => issue.message);
}

describe('corpus/manifest', () => {
  it('accepts a list or an object with "sources", trimming values', () => {
    const entry = { file: ' a.md ', key: 'smith2024', title: ' Title ' };
    for (const data of [[entry], { sources: [entry] }]) {
      const parsed = validateManifest(data);
      assert.deepEqual(messages(parsed), []);
      assert.deepEqual(parsed.entries, [{ index: 0, entry: { file: 'a.md', key: 'smith2024', title: 'Title' } }]);
    }
  });

  it('names the entry and the field of each fault', () => {
    const parsed = validateManifest({
      sources: [
        { file: 'a.md', key: 'a', title: 'A', url: 'example.org' },
        { file: 3, key: 'b', title: '' },
        'not an object',
        { file: 'c.md', key: 'c', title: 'C', author: 7 },
      ],
    });
    assert.deepEqual(parsed.entries, []);
    assert.deepEqual(messages(parsed), [
      'sources[0] ("a.md"): url must be an absolute URL',
      'sources[1]: file must be a string',
      'sources[1]: title must not be empty',
      'sources[2]: an entry must be an object',
      'sources[3] ("c.md"): author must be a string',
    ]);
  });

  it('rejects unknown top-level fields and other shapes', () => {
    assert.deepEqual(messages(validateManifest({ sources: [], extra: 1 })), ['manifest has unknown top-level field(s): extra']);
    assert.deepEqual(messages(validateManifest('text')), ['manifest must be a list of entries or an object with a "sources" list']);
    assert.deepEqual(messages(validateManifest(null)), ['manifest must be a list of entries or an object with a "sources" list']);
  });

  it('parses JSON by extension and YAML otherwise, without throwing', () => {
    assert.match(nth(messages(parseManifest('manifest.json', 'sources: []')), 0, 'message'), /^manifest is not valid JSON: /);
    assert.deepEqual(messages(parseManifest('manifest.yaml', 'sources: []')), []);
    assert.match(nth(messages(parseManifest('manifest.yml', 'a: [')), 0, 'message'), /^manifest is not valid YAML: /);
    assert.match(messages(parseManifest('manifest.yml', 'a: &x [*x]'))[0] ?? '', /./);
  });

  it('only allows keys Pandoc can cite', () => {
    for (const key of ['lwin2026gold', 'a', 'smith:2024', 'a-b_c.d', 'Ünï2020', '2024report']) assert.match(key, CITATION_KEY);
    for (const key of ['has space', '-lead', 'trail-', '[x]', 'a,b', 'a;b', '']) assert.doesNotMatch(key, CITATION_KEY);
  });

  describe('positions (0-based line and character, as editors show them)', () => {
    const at = (line: number, character: number, endLine: number, endCharacter: number) => ({
      start: { line, character },
      end: { line: endLine, character: endCharacter },
    });

    it('points a missing field of a YAML manifest at its entry', () => {
      const yaml = ['sources:', '  - file: a.md', '    key: a', '    title: A', '  - file: b.md', '    key: b', ''].join('\n');
      assert.deepEqual(parseManifest('manifest.yaml', yaml).issues, [
        { message: 'sources[1] ("b.md"): title is required', range: at(4, 4, 5, 10) },
      ]);
    });

    it('points a missing field of a JSON manifest at its entry', () => {
      const json = ['{', '  "sources": [', '    { "file": "a.md", "key": "a", "title": "A" },', '    { "file": "b.md", "key": "b" }', '  ]', '}', ''].join('\n');
      assert.deepEqual(parseManifest('manifest.json', json).issues, [
        { message: 'sources[1] ("b.md"): title is required', range: at(3, 4, 3, 34) },
      ]);
    });

    it('points a bad value at the value and an unknown field at its name', () => {
      const json = '[\n  { "file": "a.md", "key": "a", "title": "A", "url": "example.org", "autor": "x" }\n]';
      assert.deepEqual(parseManifest('manifest.json', json).issues, [
        { message: 'sources[0] ("a.md"): url must be an absolute URL', range: at(1, 53, 1, 66) },
        {
          message: 'sources[0] ("a.md"): unknown field(s) "autor" (allowed: file, key, title, author, date, publisher, url)',
          range: at(1, 68, 1, 75),
        },
      ]);
      const yaml = 'sources:\n  - file: a.md\n    key: a\n    title: ""\n';
      assert.deepEqual(parseManifest('manifest.yml', yaml).issues, [
        { message: 'sources[0] ("a.md"): title must not be empty', range: at(3, 11, 3, 13) },
      ]);
    });

    it('points an unknown top-level field at its name', () => {
      assert.deepEqual(parseManifest('manifest.json', '{"sources": [],\n "extra": 1}').issues, [
        { message: 'manifest has unknown top-level field(s): extra', range: at(1, 1, 1, 8) },
      ]);
    });

    it('points a JSON syntax error at the character where parsing stopped', () => {
      const json = '{\n  "sources": [\n    { "file": "a.md", "key": "a", },\n  ]\n}\n';
      assert.deepEqual(parseManifest('manifest.json', json).issues, [
        { message: 'manifest is not valid JSON: Expected double-quoted property name in JSON at position 51', range: at(2, 34, 2, 35) },
      ]);
      // An unexpected token is reported with the text around it rather than its offset.
      const quoted = parseManifest('manifest.json', '{\n  "sources": [\n    { "file": "a.md", "key": \'a\' }\n  ]\n}\n').issues;
      assert.deepEqual(quoted.map((issue) => issue.range), [at(2, 29, 2, 30)]);
    });

    it('points a YAML syntax error at the place yaml reports', () => {
      const yaml = 'sources:\n  - file: a.md\n  key: a\n    title: x\n';
      assert.deepEqual(parseManifest('manifest.yaml', yaml).issues, [
        { message: 'manifest is not valid YAML: All mapping items must start at the same column', range: at(2, 0, 2, 1) },
      ]);
    });

    it('gives each valid entry its range, for faults found when its file is looked for', () => {
      const parsed = parseManifest('manifest.yaml', '- file: a.md\n  key: a\n  title: A\n- file: b.md\n  key: b\n  title: B\n');
      assert.deepEqual(parsed.entryRange(1), at(3, 2, 5, 10));
      assert.equal(parsed.entryRange(2), undefined);
      assert.equal(validateManifest([]).entryRange(0), undefined);
    });

    it('reads JSON.parse offsets only where the message gives them unambiguously', () => {
      assert.equal(jsonErrorOffset('Unexpected end of JSON input', '{"a": '), 6);
      assert.equal(jsonErrorOffset(`Unexpected token 'x', "{"a": x}" is not valid JSON`, '{"a": x}'), 6);
      // "x" twice in a short text: which one is unknown, so no position.
      assert.equal(jsonErrorOffset(`Unexpected token 'x', "{"x": x}" is not valid JSON`, '{"x": x}'), undefined);
      assert.equal(jsonErrorOffset('something else', '{}'), undefined);
      for (const text of ['{"sources": [{"file": "a.md", "key": tru}]}', '{"sources": [{"file": "a.md", "key": tru, "title": "A very long title"}]}', '[x, "a long enough text to be cut"]']) {
        let message = '';
        try {
          JSON.parse(text);
        } catch (error) {
          message = (error as Error).message;
        }
        const offset = jsonErrorOffset(message, text);
        assert.ok(offset !== undefined, message);
        assert.match(text.slice(offset), /^(}|x|,)/, message);
      }
    });
  });

  describe('seeds/manifest.json', () => {
    const seeds = path.join(__dirname, '..', '..', '..', 'seeds');

    it('is valid and gives every seed file a key and title', async () => {
      const parsed = parseManifest('manifest.json', readFileSync(path.join(seeds, 'manifest.json'), 'utf8'));
      assert.deepEqual(messages(parsed), []);
      const { sources, problems } = await readCorpusFolders([seeds], nodeFileSystem);
      assert.deepEqual(problems, []);
      assert.deepEqual(
        sources.map((source) => source.key),
        ['lwin2026gold', 'ukopenlabs', 'sovereignthread', 'opensourcechina'],
      );
      assert.equal(nth(sources, 0, 'source').author, 'Zin Lwin');
      assert.equal(nth(sources, 0, 'source').date, '2026-02-02');
    });
  });
});
