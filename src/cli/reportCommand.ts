// `brief-lens report`: the checked briefs as a fact-check report (HTML, Markdown or CSV), on
// standard output or into the file given with -o. The file is never one of the briefs or inside
// a corpus folder: sources and briefs are only ever read.
import * as path from 'node:path';
import { buildReport, describeError, renderReportCsv, renderReportHtml, renderReportMarkdown, type SourceInfo } from '../core';
import type { ReportFormat } from './args';
import { displayPath, isInside } from './paths';
import type { CheckReport } from './report';
import type { CliIo } from './run';

export interface ReportRequest {
  format: ReportFormat;
  output?: string;
  /** Absolute corpus folders: the output may not lie inside one. */
  folders: string[];
}

export function renderReport(report: CheckReport, sources: readonly SourceInfo[], format: ReportFormat, io: Pick<CliIo, 'cwd' | 'name' | 'version'>): string {
  const byKey = new Map(sources.map((source) => [source.key, source]));
  const inputs = report.briefs.map(({ file, text, result }) => ({ name: displayPath(file, io.cwd), text: text ?? '', result }));
  const model = buildReport(inputs, (key) => byKey.get(key));
  if (format === 'markdown') return renderReportMarkdown(model);
  if (format === 'csv') return renderReportCsv(model);
  const displayFile = (file: string) => displayPath(file, io.cwd);
  return renderReportHtml(model, { generator: `${io.name} ${io.version}`, displayFile });
}

/** Why the report may not be written to `target`, if it may not. */
function forbiddenTarget(target: string, report: CheckReport, folders: readonly string[], cwd: string): string | undefined {
  if (report.briefs.some(({ file }) => path.resolve(file) === target)) return 'it is one of the briefs';
  const folder = folders.find((corpus) => path.resolve(corpus) === target || isInside(target, corpus));
  return folder === undefined ? undefined : `it is inside the corpus folder ${displayPath(folder, cwd)}`;
}

/** Renders and writes the report; false (after saying why on stderr) when it could not be written. */
export async function writeReport(report: CheckReport, sources: readonly SourceInfo[], request: ReportRequest, io: CliIo): Promise<boolean> {
  const text = renderReport(report, sources, request.format, io);
  if (request.output === undefined) {
    io.stdout(text);
    return true;
  }
  const target = path.resolve(io.cwd, request.output);
  const forbidden = forbiddenTarget(target, report, request.folders, io.cwd);
  if (forbidden) {
    io.stderr(`${io.name}: will not write the report to ${displayPath(target, io.cwd)}: ${forbidden}\n`);
    return false;
  }
  if (!io.writeFile) {
    io.stderr(`${io.name}: cannot write files here; leave out -o to print the report\n`);
    return false;
  }
  try {
    await io.writeFile(target, text);
  } catch (error) {
    io.stderr(`${io.name}: cannot write the report to ${displayPath(target, io.cwd)}: ${describeError(error)}\n`);
    return false;
  }
  io.stderr(`${io.name}: wrote ${displayPath(target, io.cwd)} (${report.briefs.length} brief${report.briefs.length === 1 ? '' : 's'})\n`);
  return true;
}
