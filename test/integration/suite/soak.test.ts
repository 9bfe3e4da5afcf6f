// A short soak in the real editor (the long one is `npm run soak`): a seeded burst of typing,
// deleting, pasting and undo on a brief; the published result is for the last version, the
// Problems view shows exactly its findings, and they equal a from-scratch check of the same text.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { seededRandom } from '../../../scripts/lib/seededRandom';
import { activate, closeAll, codeOf, copyOf, EXAMPLE, openBrief, ours, show } from './helpers';
import { nth } from '../../support/present';

const EDITS = 150;
const PASTE = 'The research labs will focus on Parameter-Efficient Fine-Tuning (PEFT) [@ukopenlabs].\n\n';
const WORDS = ['£40 million', 'Oxford', 'open', 'closed', '[@ukopenlabs]', 'not', '1997', ' ', '.', '\n'];

const key = (d: vscode.Diagnostic): string => `${codeOf(d)} ${show(d.range)}`;

suite('short soak in the editor', () => {
  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('briefLens').update('debounceMs', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });

  test(`${EDITS} random edits with undo: no stale result, and the last equals a from-scratch check`, async () => {
    const api = await activate();
    await vscode.workspace.getConfiguration('briefLens').update('debounceMs', 20, vscode.ConfigurationTarget.Workspace);
    const { editor, document } = await openBrief(await copyOf(EXAMPLE));
    const random = seededRandom(20261125);
    const at = (): vscode.Position => document.positionAt(Math.floor(random() * (document.getText().length + 1)));
    for (let i = 0; i < EDITS; i++) {
      const roll = random();
      if (roll < 0.5) {
        const word = nth(WORDS, Math.floor(random() * WORDS.length), 'word');
        await editor.edit((b) => b.insert(at(), word));
      } else if (roll < 0.8) {
        const start = document.offsetAt(at());
        const end = Math.min(document.getText().length, start + 1 + Math.floor(random() * 12));
        await editor.edit((b) => b.delete(new vscode.Range(document.positionAt(start), document.positionAt(end))));
      } else if (roll < 0.9) {
        await editor.edit((b) => b.insert(at(), PASTE));
      } else {
        await vscode.commands.executeCommand('undo');
      }
      if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 30));
    }
    const result = await api.waitForCheck(document);
    assert.strictEqual(result.version, document.version, 'the published result is for the last version');
    await new Promise((resolve) => setTimeout(resolve, 300)); // no older check may land afterwards
    const shown = ours(document.uri).map(key).sort();
    const published = result.findings.map((f) => `${f.code} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`).sort();
    assert.deepStrictEqual(shown, published, 'the Problems view shows exactly the last result');

    const fresh = await openBrief(await copyOf(EXAMPLE, document.getText()));
    await api.waitForCheck(fresh.document);
    assert.deepStrictEqual(ours(fresh.document.uri).map(key).sort(), shown, 'a from-scratch check of the same text finds the same');
  });
});
