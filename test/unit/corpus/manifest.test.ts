import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CITATION_KEY, parseManifest, validateManifest } from '../../../src/core/corpus/manifest';
import { readCorpusFolders } from '../../../src/core/corpus/load';
import { nodeFileSystem } from '../../../src/core/corpus/nodeFileSystem';

describe('corpus/manifest', () => {
  it('accepts a list or an object with "sources", trimming values', () => {
    const entry = { file: ' a.md ', key: 'smith2024', title: ' Title ' };
    for (const data of [[entry], { sources: [entry] }]) {
      const parsed = validateManifest(data);
      assert.deepEqual(parsed.issues, []);
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
    assert.deepEqual(parsed.issues, [
      'sources[0] ("a.md"): url must be an absolute URL',
      'sources[1]: file must be a string',
      'sources[1]: title must not be empty',
      'sources[2]: an entry must be an object',
      'sources[3] ("c.md"): author must be a string',
    ]);
  });

  it('rejects unknown top-level fields and other shapes', () => {
    assert.deepEqual(validateManifest({ sources: [], extra: 1 }).issues, ['manifest has unknown top-level field(s): extra']);
    assert.deepEqual(validateManifest('text').issues, ['manifest must be a list of entries or an object with a "sources" list']);
    assert.deepEqual(validateManifest(null).issues, ['manifest must be a list of entries or an object with a "sources" list']);
  });

  it('parses JSON by extension and YAML otherwise, without throwing', () => {
    assert.match(parseManifest('manifest.json', 'sources: []').issues[0], /^manifest is not valid JSON: /);
    assert.deepEqual(parseManifest('manifest.yaml', 'sources: []').issues, []);
    assert.match(parseManifest('manifest.yml', 'a: [').issues[0], /^manifest is not valid YAML: /);
    assert.match(parseManifest('manifest.yml', 'a: &x [*x]').issues[0] ?? '', /./);
  });

  it('only allows keys Pandoc can cite', () => {
    for (const key of ['lwin2026gold', 'a', 'smith:2024', 'a-b_c.d', 'Ünï2020', '2024report']) assert.match(key, CITATION_KEY);
    for (const key of ['has space', '-lead', 'trail-', '[x]', 'a,b', 'a;b', '']) assert.doesNotMatch(key, CITATION_KEY);
  });

  describe('seeds/manifest.json', () => {
    const seeds = path.join(__dirname, '..', '..', '..', 'seeds');

    it('is valid and gives every seed file a key and title', async () => {
      const parsed = parseManifest('manifest.json', readFileSync(path.join(seeds, 'manifest.json'), 'utf8'));
      assert.deepEqual(parsed.issues, []);
      const { sources, problems } = await readCorpusFolders([seeds], nodeFileSystem);
      assert.deepEqual(problems, []);
      assert.deepEqual(
        sources.map((source) => source.key),
        ['lwin2026gold', 'ukopenlabs', 'sovereignthread', 'opensourcechina'],
      );
      assert.equal(sources[0].author, 'Zin Lwin');
      assert.equal(sources[0].date, '2026-02-02');
    });
  });
});
