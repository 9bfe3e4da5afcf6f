// The bundled seeds' default (only while no corpus folder is configured) and the project file
// `.brief-lens.json` / `.brief-lens.yaml` at the workspace folder's root: read at start and when
// it changes, layered under the workspace settings, its faults shown on it with their positions.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { settingsSchema } from '../../../src/core/config/settingsSchema';
import { activate, closeAll, codeOf, copyOf, EXAMPLE, inWorkspace, openBrief, ours, show, until } from './helpers';

const config = () => vscode.workspace.getConfiguration('briefLens');
const encode = (text: string) => new TextEncoder().encode(text);
const BRIEF = 'The Severn estuary has the second highest tidal range in the world [@tidal]. Gold matters [@lwin2026gold].\n';

/** The cited keys the brief's unknown-citation diagnostics point at, with their severities. */
function unknownKeys(document: vscode.TextDocument): string[] {
  return ours(document.uri)
    .filter((diagnostic) => codeOf(diagnostic) === 'unknown-citation')
    .map((diagnostic) => `${document.getText(diagnostic.range)}:${vscode.DiagnosticSeverity[diagnostic.severity]}`);
}

suite('project file and the seeds default', () => {
  const sources = inWorkspace('project-sources');
  const projectJson = inWorkspace('.brief-lens.json');

  suiteSetup(async () => {
    await activate();
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(sources, 'tidal.md'), encode('Tidal power\n\nThe Severn estuary has the second highest tidal range in the world.\n'));
  });
  teardown(async () => {
    await closeAll();
    for (const key of ['severity', 'corpus.folders', 'corpus.includeSeeds']) {
      await config().update(key, undefined, vscode.ConfigurationTarget.Workspace);
    }
    await vscode.workspace.fs.delete(projectJson).then(undefined, () => undefined);
  });

  test('the seeds are indexed only while no corpus folder is configured; includeSeeds always/never and true/false force it', async () => {
    const api = await activate();
    const { document } = await openBrief(await copyOf(EXAMPLE, BRIEF));
    assert.deepStrictEqual(unknownKeys(document), ['tidal:Error'], 'no folder configured: the seeds are the corpus');

    const settle = async (what: string, expected: string[], change: () => Thenable<void>) => {
      await change();
      await until(what, async () => {
        await api.whenIndexed();
        return JSON.stringify(unknownKeys(document)) === JSON.stringify(expected) || undefined;
      }, 30_000);
    };
    await settle('a configured folder to replace the seeds', ['lwin2026gold:Error'], () => config().update('corpus.folders', ['project-sources'], vscode.ConfigurationTarget.Workspace));
    await settle('includeSeeds always to add them back', [], () => config().update('corpus.includeSeeds', 'always', vscode.ConfigurationTarget.Workspace));
    await settle('includeSeeds false (an earlier version\'s value) to mean never', ['lwin2026gold:Error'], () => config().update('corpus.includeSeeds', false, vscode.ConfigurationTarget.Workspace));
    await settle('includeSeeds true to mean always', [], () => config().update('corpus.includeSeeds', true, vscode.ConfigurationTarget.Workspace));
    await settle('never without folders to leave no seed', ['tidal:Error', 'lwin2026gold:Error'], async () => {
      await config().update('corpus.folders', undefined, vscode.ConfigurationTarget.Workspace);
      await config().update('corpus.includeSeeds', 'never', vscode.ConfigurationTarget.Workspace);
    });
  });

  test('a .brief-lens.json at the folder root gives the corpus and severities; workspace settings override it per code; deleting it restores the defaults', async () => {
    const api = await activate();
    const { document } = await openBrief(await copyOf(EXAMPLE, BRIEF));
    assert.deepStrictEqual(unknownKeys(document), ['tidal:Error']);

    await vscode.workspace.fs.writeFile(projectJson, encode('{\n  "corpus": { "folders": ["project-sources"] },\n  "severity": { "unknown-citation": "warning" }\n}\n'));
    await until('the project file\'s corpus and severity', async () => {
      await api.whenIndexed();
      return JSON.stringify(unknownKeys(document)) === JSON.stringify(['lwin2026gold:Warning']) || undefined;
    }, 30_000);

    await config().update('severity', { 'unknown-citation': 'hint' }, vscode.ConfigurationTarget.Workspace);
    await until('the workspace severity to win', () => JSON.stringify(unknownKeys(document)) === JSON.stringify(['lwin2026gold:Hint']) || undefined);

    await vscode.workspace.fs.delete(projectJson);
    await until('the seeds again once the project file is gone', async () => {
      await api.whenIndexed();
      return JSON.stringify(unknownKeys(document)) === JSON.stringify(['tidal:Hint']) || undefined;
    }, 30_000);
  });

  test('faults of the project file are diagnostics on it, at their line and column; its valid settings still apply', async () => {
    const api = await activate();
    const { document } = await openBrief(await copyOf(EXAMPLE, BRIEF));
    const projectYaml = inWorkspace('.brief-lens.yaml');
    try {
      await vscode.workspace.fs.writeFile(projectYaml, encode('corpus:\n  folders: [project-sources]\n  includeSeeds: sometimes\ncolour: blue\n'));
      const problems = await until('diagnostics on the project file', () => {
        const list = vscode.languages.getDiagnostics(projectYaml).filter((d) => d.source === 'brief-lens');
        return list.length === 2 ? list : undefined;
      }, 30_000);
      assert.deepStrictEqual(problems.map((d) => `${show(d.range)} ${codeOf(d)} ${vscode.DiagnosticSeverity[d.severity]} ${d.message}`), [
        '2:16-2:25 project-file Error corpus.includeSeeds: expected "auto", "always" or "never"; this setting is ignored',
        `3:0-3:6 project-file Error unknown setting "colour" (known: ${Object.keys(settingsSchema.shape).join(', ')})`,
      ]);
      await until('its valid corpus.folders to apply', async () => {
        await api.whenIndexed();
        return JSON.stringify(unknownKeys(document)) === JSON.stringify(['lwin2026gold:Error']) || undefined;
      }, 30_000);
    } finally {
      await vscode.workspace.fs.delete(projectYaml).then(undefined, () => undefined);
    }
    await until('its diagnostics to go with it', () => vscode.languages.getDiagnostics(projectYaml).filter((d) => d.source === 'brief-lens').length === 0 || undefined);
  });
});
