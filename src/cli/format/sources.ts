// `brief-lens sources` output, text or JSON.
import type { Problem, SourceInfo } from '../../core';
import { displayPath } from '../paths';
import { problemLocation } from '../report';
import { escapeControls as safe } from './escape';
import { jsonProblems } from './json';

export function formatSourcesText(sources: SourceInfo[], problems: Problem[], cwd: string): string {
  const lines: string[] = [];
  for (const source of sources) {
    lines.push(`${safe(source.key)}  ${safe(source.title)}`);
    if (source.author) lines.push(`    author: ${safe(source.author)}`);
    if (source.date) lines.push(`    date: ${safe(source.date)}`);
    if (source.publisher) lines.push(`    publisher: ${safe(source.publisher)}`);
    if (source.url) lines.push(`    url: ${safe(source.url)}`);
    lines.push(`    file: ${safe(displayPath(source.file, cwd))}`);
    if (source.pages !== undefined) lines.push(`    pages: ${source.pages}`);
    lines.push(`    passages: ${source.passageCount}`);
  }
  const passages = sources.reduce((sum, source) => sum + source.passageCount, 0);
  lines.push(`${sources.length} source${sources.length === 1 ? '' : 's'}, ${passages} passage${passages === 1 ? '' : 's'}`);
  if (problems.length > 0) {
    lines.push('', `${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
    for (const problem of problems) lines.push(`    ${safe(problemLocation(problem, cwd))}: ${safe(problem.message)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function formatSourcesJson(sources: SourceInfo[], problems: Problem[], cwd: string): string {
  const output = {
    sources: sources.map((source) => ({
      key: source.key,
      title: source.title,
      ...(source.author !== undefined && { author: source.author }),
      ...(source.date !== undefined && { date: source.date }),
      ...(source.publisher !== undefined && { publisher: source.publisher }),
      ...(source.url !== undefined && { url: source.url }),
      file: displayPath(source.file, cwd),
      ...(source.pages !== undefined && { pages: source.pages }),
      passageCount: source.passageCount,
    })),
    problems: jsonProblems(problems, cwd),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
