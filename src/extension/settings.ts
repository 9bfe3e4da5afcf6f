// Reads `briefLens.*` for a resource, validated by the zod schema; invalid values fall back to
// their defaults with a message (once per distinct problem), never a crash.
import * as vscode from 'vscode';
import { parseSettings, SECTION, type Settings } from './settingsSchema';

/** Settings that could point outside the workspace: `capabilities.untrustedWorkspaces.restrictedConfigurations`. */
export const RESTRICTED = new Set<string>(['corpus.folders']);

export class SettingsReader {
  private readonly reported = new Set<string>();

  constructor(private readonly report: (message: string) => void) {}

  get(resource?: vscode.Uri): Settings {
    const config = vscode.workspace.getConfiguration(SECTION, resource ?? null);
    const { settings, problems } = parseSettings((key) => {
      const inspected = config.inspect(key);
      // Only values a person set; the schema supplies the defaults. In an untrusted workspace the
      // restricted settings (package.json capabilities) come from the user's settings only.
      if (RESTRICTED.has(key) && !vscode.workspace.isTrusted) return inspected?.globalValue;
      return inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
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
