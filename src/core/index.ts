// The engine's whole public API: the CLI (src/cli), the extension (src/extension) and the Node
// adapters (src/node) import the engine only from here (eslint.config.mjs enforces it), so
// anything not exported here may change without touching a face. Nothing here imports
// `vscode` or a Node built-in: the engine runs in any JavaScript host.
import { Corpus } from './corpus/corpus';
import type { CorpusFileSystem, LoadOptions } from './corpus/fileSystem';
import { readCorpusFolders } from './corpus/load';

/** The data the engine returns and the faces show: ranges, verdicts, evidence, findings, fixes (documented in types.ts). */
export * from './types';

// Checking a brief.
/** Checks a brief against a corpus: sentences, claims, verdicts, evidence and findings. */
export { BriefChecker } from './engine';
/** What a check may be told: the severity of each finding code, or 'off'. */
export type { CheckOptions } from './engine';
/** A passage cut for display around the words a finding is about. */
export { excerpt } from './text/excerpt';
/** The severity each finding code has unless a setting changes it. */
export { DEFAULT_SEVERITY } from './findings/context';
// One entry per finding code: severity, title, description, SARIF rule name.
export { FINDING_REGISTRY } from './findings/registry';
export type { FindingCodeInfo } from './findings/registry';
/** Where the README's section per finding code lives, from package.json (`${readmeUrl(pkg)}#${code}`). */
export { readmeUrl } from './findings/readmeUrl';
export type { PackageLinks } from './findings/readmeUrl';
/** What lies at an offset of a checked brief (a citation key or a sentence), for hovers. */
export { describeAt } from './describe';
// How the engine gets its WordNet: a face gives the compiled text (src/node/lexicon.ts under Node).
export { lexiconLoaded, preloadLexicon, useLexiconSource } from './lexicon/source';
export type { LexiconSource } from './lexicon/source';
/** The answer of describeAt: the citation (with its source and nearest keys) or the sentence found. */
export type { Described } from './describe';
/** The fixes "fix all" applies without asking: one preferred safe fix per finding, none overlapping. */
export { safeFixes } from './findings/safeFixes';
/** Why a citation's page, section or chapter locator was not checked against its source (for the hover), or undefined. */
export { locatorNote } from './findings/rules/citationLocator';
/** A finding with the fix safeFixes chose for it. */
export type { ChosenFix } from './findings/safeFixes';
/** A Markdown References section of the keys a checked brief cites, rendered by citeproc (Chicago author-date, or a CSL style given). */
export { referencesSection } from './references/section';
/** Options of referencesSection: a CSL style's XML, and who is told when it cannot be used. */
export type { ReferencesOptions } from './references/section';

// Bibliographies (BibTeX, CSL JSON, CSL YAML) and a brief's front matter about them.
/** The `bibliography:` paths and `csl:` style a brief's front matter names. */
export { briefReferences } from './bibliography/frontMatter';
/** What briefReferences returns. */
export type { BriefReferences } from './bibliography/frontMatter';
/** Reads a bibliography's text into entries (key, CSL item, attachment paths) and issues with positions. */
export { parseBibliography } from './bibliography/parse';
/** One bibliography entry, and its CSL item. */
export type { BibEntry, CslItem } from './bibliography/parse';
/** What a store of extracted text must do (the index cache's store has this shape). */
export type { ExtractionStore } from './corpus/fileSystem';

// Loading and indexing a corpus.
/** An indexed corpus: its sources, passages, retrieval index and load problems. */
export { Corpus } from './corpus/corpus';
/** Indexes loaded sources in time slices, yielding to the event loop in between (an editor stays responsive). */
export { buildCorpusInSlices } from './corpus/corpus';
/** Reads every supported source under the corpus folders, without indexing them; faults become problems. */
export { readCorpusFolders } from './corpus/load';
/** Size above which a source file is skipped with a problem, unless LoadOptions says otherwise. */
export { DEFAULT_MAX_FILE_BYTES } from './corpus/load';
/** A short reason for a file-system error (Node or VS Code codes), without stack or internals. */
export { describeError } from './corpus/load';
/** Turns a file's bytes into text (UTF-8, UTF-16 with BOM, Windows-1252), or says why it is binary. */
export { decodeSource } from './corpus/decode';
/** The result of decodeSource: the text and its encoding, or the reason it was not decoded. */
export type { Decoded } from './corpus/decode';
/** The file system the engine reads sources through; each host supplies one (src/node, the extension's workspace.fs). */
export type { CorpusFileSystem } from './corpus/fileSystem';
/** One entry of a folder listing, as a CorpusFileSystem returns it. */
export type { DirectoryEntry } from './corpus/fileSystem';
/** The kind of a folder entry: file, directory, symlink or other. */
export type { EntryKind } from './corpus/fileSystem';
/** Limits on loading: the largest source file to index. */
export type { LoadOptions } from './corpus/fileSystem';
/** A source read and decoded, with its metadata, before indexing. */
export type { LoadedSource } from './corpus/fileSystem';
/** Finds the passages most likely to bear on a claim. */
export type { PassageRetriever } from './corpus/invertedIndex';
/** A passage id with its retrieval score. */
export type { ScoredPassage } from './corpus/invertedIndex';

// The index cache: reuse a built index while the sources are unchanged.
/** Loads a corpus, reusing the index the store holds when the sources and engine are unchanged. */
export { loadCorpusCached } from './corpus/indexCache';
/** The cached-index step alone, for callers that read sources themselves. */
export { corpusFromCache } from './corpus/indexCache';
/** The store's entry name for a set of corpus folders and load options. */
export { cacheEntryName } from './corpus/indexCache';
/** Where cached indexes are kept: bytes by entry name; each host supplies one (src/node, the extension's global storage). */
export type { IndexCacheStore } from './corpus/indexCache';
/** A corpus from loadCorpusCached and whether its index came from the cache. */
export type { CachedCorpus } from './corpus/indexCache';
/** LoadOptions plus BuildOptions, for loadCorpusCached. */
export type { CachedLoadOptions } from './corpus/indexCache';
/** How an index is built when the cache misses: time slices and progress reports. */
export type { BuildOptions } from './corpus/indexCache';
/** Milliseconds of work between two yields to the event loop in sliced indexing and checking. */
export { DEFAULT_SLICE_MS } from './timeSlices';
/** Thrown by a load its `isCancelled` stopped (an editor's Cancel): not a fault of the sources. */
export { WorkCancelled } from './timeSlices';

// Settings shared by the editor and the CLI.
/** Reads a `.brief-lens.json` / `.brief-lens.yaml` project file against the settings' schema; faults become placed problems. */
export { parseProjectFile } from './config/projectFile';
/** The project file's names, in the order they are looked for in a folder. */
export { PROJECT_FILE_NAMES } from './config/projectFile';
/** A project file's valid values by setting key, and its problems. */
export type { ProjectSettings } from './config/projectFile';
/** Whether the bundled seeds are indexed: `auto` only while no corpus folder is in use. */
export { includesSeeds, SEEDS_MODES } from './config/seeds';
/** `auto`, `always` or `never`: when the bundled seeds are indexed. */
export type { SeedsMode } from './config/seeds';
/** The settings schema both faces share (editor settings, project file), its defaults, per-setting parsing and package.json's configuration. */
export { settingsSchema, SECTION as SETTINGS_SECTION, SETTING_KEYS, DEFAULT_SETTINGS, parseSettings, configurationContribution } from './config/settingsSchema';
/** The settings as parsed, a setting's key, and a problem with one setting. */
export type { Settings, SettingKey, SettingsProblem } from './config/settingsSchema';

// Text positions.
/** Converts between offsets and line/character positions of one text, in logarithmic time. */
export { LineIndex } from './text/positions';
/** Applies non-overlapping edits given by their spans. */
export { applyEdits } from './text/positions';
/** The offset of a line/character position in a text. */
export { offsetAt } from './text/positions';
/** The line/character position of an offset in a text. */
export { positionAt } from './text/positions';
/** `:line:col` (one-based) where a problem is written, or '' when the whole file is at fault. */
export { problemPosition } from './text/positions';

// Explaining verdicts and reporting on a whole brief (the report, the Claims view, the hover).
/** The engine's explanation of a verdict in one or two lines. */
export { describeExplanation } from './explain';
/** Why a claim got its verdict: the explanation when there is one, else a line from verdict, corrections and evidence. */
export { reasonFor } from './explain';
/** What reasonFor reads: a checked sentence or claim. */
export type { Explained } from './explain';
/** A brief's claims in document order (a sentence's own claims when it has several), with section and findings. */
export { claimEntries } from './report/claims';
/** One claim as the report and the Claims view list it. */
export type { ClaimEntry } from './report/claims';
/** A brief's headings, front matter end and title, by a line scan. */
export { briefOutline, headingAt } from './report/headings';
/** A heading of a brief, with its offset and line. */
export type { Heading, BriefOutline } from './report/headings';
/** The fact-check report of checked briefs: claims, counts per section, sources and the claims they bear on. */
export { buildReport, claimAnchor, BEFORE_FIRST_HEADING } from './report/model';
/** The report's parts. */
export type { ReportInput, ReportModel, BriefReport, SectionSummary, SourceUse, ClaimRef } from './report/model';
/** The report as one self-contained HTML page (no scripts, no network); for a webview with a nonce policy. */
export { renderReportHtml } from './report/html';
/** Options of renderReportHtml: title, generator, how source files are shown, a webview's CSP. */
export type { HtmlOptions } from './report/html';
/** The report as GitHub-flavoured Markdown (CI summaries, pull-request comments). */
export { renderReportMarkdown, markdownCell } from './report/markdown';
/** The report as RFC 4180 CSV, one row per claim, formula cells disarmed. */
export { renderReportCsv, csvField, CSV_COLUMNS } from './report/csv';
/** How each verdict is named and marked (label, symbol, emoji), worst first. */
export { VERDICT_ORDER, VERDICT_STYLE, countWords, emptyCounts } from './report/verdicts';
/** The words and marks of one verdict. */
export type { VerdictStyle } from './report/verdicts';

/** Reads, splits and indexes corpus folders; faults become `problems`, never exceptions. */
export async function loadCorpus(folders: string[], fs: CorpusFileSystem, options: LoadOptions = {}): Promise<Corpus> {
  const { sources, problems } = await readCorpusFolders(folders, fs, options);
  return new Corpus(sources, problems);
}
