// The documents' links keep working: every finding code has the README anchor its diagnostics
// and SARIF rules link to (`README.md#<code>`), and every relative link or image of README.md
// and docs/*.md names a file that exists (and, for a Markdown file, an anchor it has).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FINDING_CODES } from '../../../src/core';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DOCS = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

/** Text outside fenced code blocks, where headings and links mean something. */
function prose(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, '');
}

/** The anchors a Markdown file offers: explicit `id`/`name` attributes and heading slugs (repeats numbered as GitHub does). */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const match of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1] ?? '');
  const seen = new Map<string, number>();
  for (const match of prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(match[1] ?? '');
    const count = seen.get(base) ?? 0;
    anchors.add(count === 0 ? base : `${base}-${count}`);
    seen.set(base, count + 1);
  }
  return anchors;
}

/** Relative link and image targets of a Markdown file, as written. */
function relativeTargets(markdown: string): string[] {
  const targets = [...prose(markdown).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1] ?? '');
  return targets.filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

function read(file: string): string {
  return fs.readFileSync(path.join(ROOT, file), 'utf8');
}

describe('docs: links and anchors', () => {
  it('README.md has an anchor for every finding code (diagnostics and SARIF link to README.md#<code>) and for #finding-codes', () => {
    const anchors = anchorsOf(read('README.md'));
    const missing = ['finding-codes', ...FINDING_CODES].filter((code) => !anchors.has(code));
    assert.deepEqual(missing, []);
  });

  it('every relative link and image of README.md and docs/*.md resolves, anchors included', () => {
    const broken: string[] = [];
    for (const doc of DOCS) {
      for (const target of relativeTargets(read(doc))) {
        const [file = '', anchor] = target.split('#');
        const resolved = file === '' ? doc : path.posix.normalize(path.posix.join(path.posix.dirname(doc), decodeURIComponent(file)));
        if (!fs.existsSync(path.join(ROOT, resolved))) {
          broken.push(`${doc}: ${target} (no file ${resolved})`);
          continue;
        }
        if (anchor && resolved.endsWith('.md') && !anchorsOf(read(resolved)).has(anchor)) broken.push(`${doc}: ${target} (no anchor #${anchor} in ${resolved})`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it('the link check catches a missing file and a missing anchor (so the test above can fail)', () => {
    const markdown = '# Title\n\n## Finding codes\n\n<a id="misquote"></a>\n\n[a](#finding-codes) [b](#nowhere) ![c](media/none.png)\n\n```\n# not a heading\n```\n';
    assert.deepEqual([...anchorsOf(markdown)].sort(), ['finding-codes', 'misquote', 'title']);
    assert.deepEqual(relativeTargets(markdown), ['#finding-codes', '#nowhere', 'media/none.png']);
    assert.equal(slug('Use your own sources: `manifest.json`'), 'use-your-own-sources-manifestjson');
  });
});
