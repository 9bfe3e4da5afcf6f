// `brief-lens --help`.
export const HELP = `brief-lens — check the claims of a Markdown policy brief against a corpus of sources

Usage:
  brief-lens check <files or globs...> [--corpus DIR]... [--format text|json|sarif]
                   [--bibliography FILE]... [--explain]
  brief-lens check - [--stdin-filename NAME] [options]    (the brief on standard input)
  brief-lens sources [--corpus DIR]... [--bibliography FILE]... [--format text|json]
  brief-lens report <files or globs...> [--corpus DIR]... [--bibliography FILE]...
                    [--format html|markdown|csv] [-o FILE] [--seeds | --no-seeds]
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
                         Repeat for several. Replaces the project file's
                         corpus.folders.
  -b, --bibliography FILE
                         A bibliography (.bib, CSL .json or .yaml, as Zotero
                         exports it): its keys and metadata, and the files its
                         entries link to. Repeat for several. A brief's own
                         front matter "bibliography:" is read too (check, report).
      --seeds            Also index the bundled seed sources.
      --no-seeds         Never index them. Without either: the project file's
                         corpus.includeSeeds, else the seeds only while no
                         corpus folder or bibliography is given.
  -f, --format FORMAT    text (default), json, or sarif (check only);
                         html (default), markdown or csv for report.
      --explain          check --format json: add to every sentence why its
                         verdict was reached (the deciding check, what each saw).
  -o, --output FILE      report: write to FILE instead of standard output
                         (never a brief or a file inside a corpus folder).
      --max-file-mb N    Skip source files larger than N megabytes (default 20,
                         or the project file's corpus.maxFileBytes).
      --min-severity S   Report findings of severity S or above only:
                         error, warning, information, hint (default).
  -q, --quiet            Report error-level findings only (--min-severity error),
                         print no warning on stderr (corpus and project file
                         problems, encoding notes), and no summary line when
                         there is no error. Failures are still printed.
      --fix              Apply the safe fixes (those the editor's "fix all"
                         applies) and print one line per change,
                           file:line:col fixed <code>: "old" → "new"
                         then report what remains. A brief whose bytes changed
                         since it was read, or that is a corpus source, is not
                         written. --min-severity and --quiet do not limit which
                         fixes apply. With json/sarif the "fixed" lines go to
                         stderr. With "-", the fixed brief is written to stdout
                         and the "fixed" lines to stderr.
      --stdin-filename N The name shown for "-" (default <stdin>); its folder
                         is where the project file is looked for.
  -h, --help             Show this help.
  -v, --version          Show the version.

A folder given to check is searched for .md and .markdown files (plus the
project file's files.include globs, minus files.exclude); quote globs so the
shell does not expand them ("briefs/**/*.md"). A file named on the command
line is always checked.

Project file (check, sources, report): .brief-lens.json or .brief-lens.yaml, the
nearest one walking up from each brief (from the working folder for sources).
The editor's settings without "briefLens.": corpus.folders and bibliography
(relative to the file), corpus.includeSeeds, corpus.maxFileBytes, severity,
files.include, files.exclude (enable and debounceMs are the editor's only).
Options given on the command line win. Faults are reported with line and
column; the valid settings still apply.

Exit codes (check and report):
  0  no error-level finding (after --fix: none left)
  1  at least one error-level finding (no filter hides errors)
  2  usage error, unreadable brief, a brief --fix could not write, or a corpus
     with no usable source
`;
