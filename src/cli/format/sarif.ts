// SARIF 2.1.0 output, as GitHub code scanning accepts it: one run, every finding code a rule,
// results with 1-based regions (UTF-16 columns, end column exclusive), fixes, evidence as related
// locations, corpus problems and unreadable briefs as tool notifications.
import { createHash } from 'node:crypto';
import { DEFAULT_SEVERITY, FINDING_CODES, type Evidence, type Finding, type Range, type Severity } from '../../core';
import { artifactLocation, folderUri } from '../paths';
import { findingEvidence, sortedFindings, type CheckReport } from '../report';
import { README_URL, RULES } from '../rules';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

interface ToolInfo {
  name: string;
  version: string;
}

export function formatCheckSarif(report: CheckReport, cwd: string, tool: ToolInfo): string {
  const ruleIndex = new Map<string, number>(FINDING_CODES.map((code, index) => [code, index]));
  const results: object[] = [];
  for (const { file, result } of report.briefs) {
    const location = artifactLocation(file, cwd);
    const seen = new Map<string, number>();
    for (const finding of sortedFindings(result)) {
      const related = relatedLocations(result.sentences[finding.sentenceIndex ?? -1]?.evidence ?? [], findingEvidence(result, finding), cwd);
      results.push({
        ruleId: finding.code,
        ruleIndex: ruleIndex.get(finding.code),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(finding.range, finding.targetText) } }],
        ...(related.length > 0 && { relatedLocations: related }),
        ...(finding.fixes.some((fix) => fix.kind !== 'suppress') && {
          fixes: finding.fixes
            .filter((fix) => fix.kind !== 'suppress')
            .map((fix) => ({
              description: { text: fix.title },
              artifactChanges: [
                {
                  artifactLocation: location,
                  replacements: fix.edits.map((edit) => ({
                    deletedRegion: region(edit.range),
                    insertedContent: { text: edit.newText },
                  })),
                },
              ],
            })),
        }),
        partialFingerprints: { 'briefLensFinding/v1': fingerprint(finding, seen) },
      });
    }
  }
  const notifications = [
    ...report.problems.map((problem) => notification('corpus-problem', 'warning', problem.message, problem.file, cwd, problem.range)),
    ...report.failures.map((failure) => notification('unreadable-brief', 'error', failure.message, failure.file, cwd)),
  ];
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: README_URL,
            rules: FINDING_CODES.map((code) => {
              const rule = RULES[code];
              return {
                id: code,
                name: rule.name,
                shortDescription: { text: rule.summary },
                fullDescription: { text: rule.description },
                help: { text: `${rule.description} See ${README_URL}#${code}`, markdown: `${rule.description} [More](${README_URL}#${code})` },
                helpUri: `${README_URL}#${code}`,
                defaultConfiguration: { level: LEVEL[DEFAULT_SEVERITY[code]] },
                properties: { tags: ['brief', 'fact-check'] },
              };
            }),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: folderUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: report.failures.length === 0,
            ...(notifications.length > 0 && { toolExecutionNotifications: notifications }),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/** SARIF region from a zero-based LSP range; columns are 1-based and the end column exclusive. */
function region(range: Range, snippet?: string) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
    ...(snippet !== undefined && snippet !== '' && { snippet: { text: snippet } }),
  };
}

function relatedLocations(sentenceEvidence: Evidence[], main: Evidence | undefined, cwd: string) {
  const list: Evidence[] = [];
  for (const evidence of [...(main ? [main] : []), ...sentenceEvidence]) {
    if (list.length >= 3) break;
    if (!list.some((other) => other.file === evidence.file && other.start === evidence.start && other.end === evidence.end)) list.push(evidence);
  }
  return list.map((evidence, index) => ({
    id: index + 1,
    message: { text: `${evidence.stance} [@${evidence.key}]` },
    physicalLocation: { artifactLocation: artifactLocation(evidence.file, cwd), region: region(evidence.range, evidence.text) },
  }));
}

/** Stable across edits elsewhere in the brief: the code, the text it flags and its occurrence. */
function fingerprint(finding: Finding, seen: Map<string, number>): string {
  const base = `${finding.code}\u0000${finding.targetText.replace(/\s+/g, ' ').trim()}`;
  const occurrence = (seen.get(base) ?? 0) + 1;
  seen.set(base, occurrence);
  return `${createHash('sha256').update(base).digest('hex').slice(0, 32)}:${occurrence}`;
}

function notification(id: string, level: Level, message: string, file: string, cwd: string, range?: Range) {
  return {
    descriptor: { id },
    level,
    message: { text: message },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(file, cwd), ...(range && { region: region(range) }) } }],
  };
}
