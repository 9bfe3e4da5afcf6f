// Issue 7: Markdown rendered in hovers is escaped. Whatever a source's title, author, date,
// publisher, url or passage text holds (HTML, `command:` links, Markdown links, images), the hover
// Markdown, parsed as CommonMark + GFM, has no HTML, no image and no link but the extension's own
// "Open passage" command link and the source's own url. Runs src/extension/hover.ts and convert.ts
// against a minimal `vscode` stub (they only build strings).
import { strict as assert } from 'node:assert';
import Module from 'node:module';
import * as path from 'node:path';
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Evidence, SourceInfo } from '../../../src/core/types';
import { escapeMarkdown } from '../../../src/extension/text';
import { NASTY_CHARS } from './fixtures';

class MarkdownString {
  isTrusted: boolean | { enabledCommands: string[] } | undefined;
  constructor(
    public value = '',
    public supportThemeIcons = false,
  ) {}
  appendMarkdown(value: string): this {
    this.value += value;
    return this;
  }
  appendText(value: string): this {
    this.value += value.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
    return this;
  }
  appendCodeblock(code: string, language = ''): this {
    this.value += `\n\`\`\`${language}\n${code}\n\`\`\`\n`;
    return this;
  }
}

const vscodeStub = {
  MarkdownString,
  Range: class {},
  Position: class {},
  Hover: class {},
  Diagnostic: class {},
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  DiagnosticTag: { Unnecessary: 1 },
  Uri: { file: (p: string) => ({ fsPath: p, toString: () => `file://${p}` }), parse: (s: string) => ({ toString: () => s }) },
};

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleWithLoad = Module as unknown as { _load: Loader };

interface MdNode {
  type: string;
  url?: string;
  value?: string;
  children?: MdNode[];
}

const markdown = unified().use(remarkParse).use(remarkGfm);

function nodes(tree: MdNode, out: MdNode[] = []): MdNode[] {
  out.push(tree);
  for (const child of tree.children ?? []) nodes(child, out);
  return out;
}

const HOSTILE = [
  '<img src=x onerror=alert(1)>', '<a href="command:workbench.action.terminal.new">x</a>', '[click](command:workbench.action.terminal.new)',
  '[x](https://evil.example)', '![i](https://evil.example/i.png)', '<https://evil.example>', 'https://evil.example', 'www.evil.example',
  '<mailto:a@evil.example>', 'mailto:a@evil.example', 'someone@evil.example', 'xmpp:a@evil.example',
  '[x](ftp://evil.example)', '[x](evil.example)', '![i](evil.example/i.png)', '<ftp://evil.example>',
  '[ref]: evil.example', '[ref]', '`code`', '**bold**', '\n\n# heading', '\n---\n', '| a | b |', ')', '](', '\\', '&lt;script&gt;',
  '<!-- x -->', 'command:briefLens.openEvidence?%5B%5D', '[@key](command:briefLens.openEvidence?%5B%7B%22file%22%3A%22%2Fetc%2Fpasswd%22%7D%5D)',
];

const hostileText = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: fc.constantFrom(...NASTY_CHARS), maxLength: 12 })), { maxLength: 5 }).map((p) => p.join('')),
);

describe('property: hover Markdown is escaped (issue 7)', () => {
  let hover: typeof import('../../../src/extension/hover');
  let convert: typeof import('../../../src/extension/convert');
  const original = moduleWithLoad._load;
  // Modules loaded here against the stub are dropped afterwards, so no other suite gets them.
  let cachedBefore = new Set<string>();

  before(() => {
    cachedBefore = new Set(Object.keys(require.cache));
    moduleWithLoad._load = function (request, parent, isMain) {
      return request === 'vscode' ? vscodeStub : original.call(this, request, parent, isMain);
    };
    hover = require('../../../src/extension/hover');
    convert = require('../../../src/extension/convert');
  });

  after(() => {
    moduleWithLoad._load = original;
    for (const key of Object.keys(require.cache)) if (!cachedBefore.has(key) && key.includes(`${path.sep}src${path.sep}extension${path.sep}`)) delete require.cache[key];
  });

  const OWN_COMMAND = 'command:briefLens.openEvidence?';

  function offending(value: string, allowedUrls: string[]): string[] {
    const tree = markdown.runSync(markdown.parse(value)) as unknown as MdNode;
    const bad: string[] = [];
    for (const node of nodes(tree)) {
      if (node.type === 'html') bad.push(`html ${JSON.stringify(node.value)}`);
      if (node.type === 'image' || node.type === 'imageReference') bad.push(`image ${node.url ?? ''}`);
      if (node.type === 'definition' || node.type === 'linkReference') bad.push(`${node.type} ${node.url ?? ''}`);
      if (node.type === 'link' && !allowedUrls.includes(node.url ?? '')) bad.push(`link ${JSON.stringify(node.url)}`);
    }
    return bad;
  }

  it('a passage, its source card and byline cannot inject HTML, images, links or commands', () => {
    const evidenceArb = fc.record({ text: hostileText, file: fc.constantFrom('/corpus/a.md', '/corpus/a (1).md', '/corpus/[x](y).md') });
    const sourceArb = fc.record({ title: hostileText, author: hostileText, date: hostileText, publisher: hostileText });
    fc.assert(
      fc.property(evidenceArb, sourceArb, ({ text, file }, fields) => {
        const source: SourceInfo = { key: 'k', file, passageCount: 1, ...fields };
        const evidence: Evidence = { key: 'k', file, start: 0, end: text.length, text, stance: 'supports', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, score: 1, passageId: 0 };
        const md = new MarkdownString();
        hover.appendEvidence(md as never, evidence, { source: () => source } as never);
        const own = `${OWN_COMMAND}${encodeURIComponent(JSON.stringify([{ file: evidence.file, range: evidence.range }]))}`;
        assert.deepEqual(offending(md.value, [own]), [], md.value);
        const card = convert.sourceCard(source) as unknown as MarkdownString;
        assert.deepEqual(offending(card.value, []), [], card.value);
      }),
      { seed: 20260207, numRuns: 300 },
    );
  });

  // Was a known bug: escaped `https://…`, `www.…`, `mailto:…` and e-mail address text still became a
  // GFM autolink; escapeMarkdown now breaks them with a word joiner.
  it('a URL or e-mail address in a passage is not turned into a link (src/extension/text.ts escapeMarkdown)', () => {
    for (const text of ['see https://evil.example/x now', 'see www.evil.example now', '<mailto:a@evil.example>', 'someone@evil.example', '[x](https://evil.example)', '![i](https://evil.example/i.png)<img src=x onerror=alert(1)>']) {
      const value = `> ${escapeMarkdown(text)}`;
      assert.deepEqual(offending(value, []), [], value);
    }
  });

  // Was a known bug: the manifest's url went into the source card as a raw link target, so
  // `https://x)[y](command:…` added a second link; it is now an `<…>` destination.
  it('a source url cannot add links to the source card (src/extension/convert.ts)', () => {
    const url = 'https://example.org/a)[Open settings](command:briefLens.openEvidence?%5B%7B%22file%22%3A%22%2Fetc%2Fpasswd%22%7D%5D';
    const card = convert.sourceCard({ key: 'k', title: 'T', file: '/c/a.md', passageCount: 1, url }) as unknown as MarkdownString;
    const links = nodes(markdown.runSync(markdown.parse(card.value)) as unknown as MdNode).filter((n) => n.type === 'link');
    assert.deepEqual(links.map((l) => l.url), [url], card.value);
  });
});
