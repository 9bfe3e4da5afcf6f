// What each finding code means, for SARIF rules and `--help`. README headings are the codes,
// so `${README_URL}#${code}` lands on each rule's section.
import packageJson from '../../package.json';
import { FINDING_REGISTRY, readmeUrl, type FindingCode, type PackageLinks } from '../core';

/**
 * Where the README lives: package.json `homepage` (or `repository`), without any `#fragment`.
 * Each rule's help is `${README_URL}#${code}`, so the README needs a heading per code.
 */
export const README_URL = readmeUrl(packageJson as PackageLinks);

export interface RuleInfo {
  name: string;
  summary: string;
  description: string;
}

/** Each code's SARIF rule, from the engine's registry of finding codes. */
export const RULES = Object.fromEntries(FINDING_REGISTRY.map((entry) => [entry.code, { name: entry.rule, summary: entry.title, description: entry.description }])) as Record<FindingCode, RuleInfo>;
