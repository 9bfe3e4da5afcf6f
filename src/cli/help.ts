// `brief-lens --help`.
export const HELP = `brief-lens — check the claims of a Markdown policy brief against a corpus of sources

Usage:
  brief-lens check <files, globs or -> [--corpus DIR]... [--format text|json|sarif]
                   [--bibliography FILE]... [--min-severity LEVEL] [--quiet] [--fix]
  brief-lens sources [--corpus DIR]... [--bibliography FILE]... [--format text|json]
  brief-lens report <files or globs...> [--corpus DIR]... [--bibliography FILE]...
                    [--format html|markdown|csv] [-o FILE]
  brief-lens --help | --version

Commands:
  check      Check each brief; print findings with the evidence they rest on.
  sources    List the corpus: every source with key, title, author, date, file,
             passage count, and any problem found while reading the corpus.
  report     Check each brief and write a fact-check report: every claim with
             its verdict, the reason and the evidence quoted. html (default) is
             one self-contained page (no scripts, no network, prints well);
             markdown suits a CI job summary or a pull-request comment; csv has
             one row per claim for a spreadsheet.

Options:
  -c, --corpus DIR       A corpus folder (.md, .markdown, .txt, .pdf, .html,
                         .docx and an optional manifest.json / manifest.yaml).
                         Repeat for several. Default: the bundled seeds/ corpus.
  -b, --bibliography FILE
                         A bibliography (.bib, CSL .json or .yaml, as Zotero
                         exports it): its keys and metadata, and the files its
                         entries link to. Repeat for several. A brief's own
                         front matter "bibliography:" is read too (check, report).
  -f, --format FORMAT    text (default), json, or sarif (check only);
                         html (default), markdown or csv for report.
  -o, --output FILE      report: write to FILE instead of standard output
                         (never a brief or a file inside a corpus folder).
      --max-file-mb N    Skip source files larger than N megabytes (default 20).
      --min-severity L   Show findings of severity L and above: error, warning,
                         information, hint (default).
  -q, --quiet            Show errors only (--min-severity error).
      --fix              Apply the safe fixes (as the editor's fix-all does),
                         write each brief back and print what changed; with
                         - the fixed brief is printed instead.
  -h, --help             Show this help.
  -v, --version          Show the version.

A brief named - is read from standard input. A folder given to check is
searched for .md and .markdown files; quote globs so the shell does not expand
them ("briefs/**/*.md").

.brief-lens.json or .brief-lens.yaml in the working folder (or above) sets
corpus.folders, corpus.includeSeeds ("auto": the seeds only while no folder is
set), corpus.maxFileBytes and severity, as the editor's settings do.

Exit codes (check and report):
  0  no error-level finding
  1  at least one error-level finding
  2  usage error, unreadable brief, or a corpus with no usable source
`;
