// `brief-lens --help`.
export const HELP = `brief-lens — check the claims of a Markdown policy brief against a corpus of sources

Usage:
  brief-lens check <files or globs...> [--corpus DIR]... [--format text|json|sarif]
                   [--bibliography FILE]... [--explain]
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
      --explain          check --format json: add to every sentence why its
                         verdict was reached (the deciding check, what each saw).
  -o, --output FILE      report: write to FILE instead of standard output
                         (never a brief or a file inside a corpus folder).
      --max-file-mb N    Skip source files larger than N megabytes (default 20).
  -h, --help             Show this help.
  -v, --version          Show the version.

A folder given to check is searched for .md and .markdown files; quote globs
so the shell does not expand them ("briefs/**/*.md").

Exit codes (check and report):
  0  no error-level finding
  1  at least one error-level finding
  2  usage error, unreadable brief, or a corpus with no usable source
`;
