// The settings, defined once, for both faces: the editor's `briefLens.*` settings and the project
// file (`.brief-lens.json` / `.yaml`) the CLI and the editor read. `contributes.configuration` in
// package.json is generated from this schema (scripts/generate-configuration.ts) and
// test/unit/extension fails on drift.
import { z } from 'zod';
import { FINDING_REGISTRY } from '../findings/registry';
import type { FindingCode } from '../types';
import { SEEDS_MODES, type SeedsMode } from './seeds';

export const SECTION = 'briefLens';

const severity = z.enum(['error', 'warning', 'information', 'hint', 'off']);

const severityShape = Object.fromEntries(
  FINDING_REGISTRY.map(({ code, title }) => [code, severity.optional().meta({ description: `Severity of \`${code}\`: ${title}` })]),
) as Record<FindingCode, z.ZodOptional<typeof severity>>;

export const settingsSchema = z.object({
  enable: z.boolean().default(true).meta({
    markdownDescription: 'Check Markdown briefs as you type. When off, no diagnostics are shown (hovers and completion still work).',
    scope: 'resource',
    order: 0,
  }),
  'corpus.folders': z.array(z.string().min(1)).default([]).meta({
    markdownDescription:
      'Folders of source documents to check briefs against: workspace-relative (to the brief\'s workspace folder) or absolute. '
      + 'Each folder may hold a `manifest.json` with key, title, author, date, url and publisher per source. '
      + 'Restricted in untrusted workspaces (a workspace could point it outside itself).',
    scope: 'resource',
    order: 1,
  }),
  'corpus.includeSeeds': z
    .union([z.enum(SEEDS_MODES as [SeedsMode, ...SeedsMode[]]), z.boolean()], { error: 'expected "auto", "always" or "never"' })
    .default('auto')
    // true / false are the values of earlier versions: they meant always / never.
    .transform((value): SeedsMode => (value === true ? 'always' : value === false ? 'never' : value))
    .meta({
      markdownDescription:
        'When to index the four source documents bundled with the extension (`seeds/`): `auto` only while no corpus folder '
        + 'is configured, `always`, or `never`. `true` and `false` still mean `always` and `never`.',
      scope: 'resource',
      order: 2,
    }),
  'corpus.maxFileBytes': z.number().int().min(1024).max(50_000_000).default(2_000_000).meta({
    markdownDescription: 'Largest source file to index, in bytes. Larger files are skipped and reported in the output channel.',
    scope: 'resource',
    order: 3,
  }),
  severity: z.strictObject(severityShape).default({}).meta({
    markdownDescription:
      'Severity per finding code (`error`, `warning`, `information`, `hint`, or `off`). Codes not listed keep the default severity. '
      + 'Example: `{ "supported-uncited": "off", "unsupported-claim": "information" }`.',
    scope: 'resource',
    order: 4,
  }),
  debounceMs: z.number().int().min(0).max(10_000).default(300).meta({
    markdownDescription: 'Milliseconds to wait after the last edit of a brief before checking it again. Each brief has its own timer.',
    scope: 'resource',
    order: 5,
  }),
  'files.include': z.array(z.string().min(1)).default([]).meta({
    markdownDescription:
      'Glob patterns of extra files to check as briefs, besides documents in the `markdown` language (for example `**/*.qmd`). '
      + '`Brief Lens: Check Workspace Briefs` checks `**/*.md` plus these.',
    scope: 'resource',
    order: 6,
  }),
  'files.exclude': z.array(z.string().min(1)).default(['**/node_modules/**', '**/CHANGELOG.md']).meta({
    markdownDescription: 'Glob patterns of Markdown files never to check. Files inside the corpus folders are never checked as briefs.',
    scope: 'resource',
    order: 7,
  }),
  bibliography: z.array(z.string().min(1)).default([]).meta({
    markdownDescription:
      'Bibliography files (BibTeX `.bib`, CSL JSON `.json` or CSL YAML `.yaml`, as Zotero with Better BibTeX exports them), '
      + 'workspace-relative or absolute: their keys and metadata, and the files their entries link to, join the corpus. '
      + 'A brief\'s own front matter `bibliography:` is read too. In an untrusted workspace, only files inside the workspace are read.',
    scope: 'resource',
    order: 8,
  }),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(settingsSchema.shape) as SettingKey[];

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export interface SettingsProblem {
  key: string;
  message: string;
}

/**
 * Validates each setting on its own: an invalid value gives a problem and that setting's default,
 * and never affects the others.
 */
export function parseSettings(read: (key: SettingKey) => unknown): { settings: Settings; problems: SettingsProblem[] } {
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  const problems: SettingsProblem[] = [];
  for (const key of SETTING_KEYS) {
    const value = read(key);
    if (value === undefined) continue;
    const parsed = settingsSchema.shape[key].safeParse(value);
    if (parsed.success) {
      settings[key] = parsed.data;
    } else {
      const detail = parsed.error.issues
        .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
        .join('; ');
      problems.push({ key: `${SECTION}.${key}`, message: `${SECTION}.${key} is invalid (${detail}); using the default.` });
    }
  }
  return { settings: settings as Settings, problems };
}

type JsonSchema = Record<string, unknown>;

/** `contributes.configuration` for package.json, generated from the schema. */
export function configurationContribution(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const key of SETTING_KEYS) {
    const schema = z.toJSONSchema(settingsSchema.shape[key], { io: 'input' }) as JsonSchema;
    delete schema.$schema;
    if (schema.type === 'object' && schema.properties) {
      // Per-code severities: lets the settings editor offer each code with its values.
      for (const value of Object.values(schema.properties as Record<string, JsonSchema>)) delete value.$schema;
    }
    properties[`${SECTION}.${key}`] = schema;
  }
  return { title: 'Brief Lens', properties };
}
