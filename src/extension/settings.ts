// Reads `briefLens.*` for a resource, validated by the zod schema; invalid values fall back to
// their defaults with a message (once per distinct problem), never a crash.
// Which layer (workspace, project file, user) wins is settingsLayers.ts.
import * as vscode from 'vscode';
import { layeredValue } from './settingsLayers';
import { parseSettings, SETTINGS_SECTION as SECTION, type Settings } from '../core';

/** The project file values that apply to a resource (by setting key), if any. */
export type ProjectValues = (resource?: vscode.Uri) => Record<string, unknown> | undefined;

export class SettingsReader {
  private readonly reported = new Set<string>();

  constructor(
    private readonly report: (message: string) => void,
    private readonly project: ProjectValues = () => undefined,
    /** Resolves once the project files have been read: no corpus is chosen before. */
    readonly ready: Promise<void> = Promise.resolve(),
  ) {}

  get(resource?: vscode.Uri): Settings {
    const config = vscode.workspace.getConfiguration(SECTION, resource ?? null);
    const project = this.project(resource);
    const { settings, problems } = parseSettings((key) => {
      // Only values a person set; the schema supplies the defaults.
      const inspected = config.inspect(key);
      const workspace = inspected?.workspaceFolderValue ?? inspected?.workspaceValue;
      return layeredValue(key, { workspace, project: project?.[key], user: inspected?.globalValue }, vscode.workspace.isTrusted);
    });
    for (const problem of problems) {
      if (this.reported.has(problem.message)) continue;
      this.reported.add(problem.message);
      this.report(problem.message);
    }
    return settings;
  }

  /** Lets a problem that was fixed and comes back be reported again. */
  reset(): void {
    this.reported.clear();
  }
}
