// Command-line flags shared by the evaluation scripts: `--name value` and bare `--name`.

export function hasFlag(name: string, argv: string[] = process.argv): boolean {
  return argv.includes(name);
}

/** The value after `name`, when it is there and is not itself a flag. */
export function flagValue(name: string, argv: string[] = process.argv): string | undefined {
  const at = argv.indexOf(name);
  const value = at >= 0 ? argv[at + 1] : undefined;
  return value !== undefined && !value.startsWith('--') ? value : undefined;
}

/** Every value given for a repeatable flag (`--corpus a --corpus b`). */
export function flagValues(name: string, argv: string[] = process.argv): string[] {
  return argv.flatMap((arg, at) => {
    const value = argv[at + 1];
    return arg === name && value !== undefined && !value.startsWith('--') ? [value] : [];
  });
}

/** An optional value after a flag: `--briefs` alone or `--briefs DIR`. */
export function optionalFlagValue(name: string, argv: string[] = process.argv): { present: boolean; value?: string } {
  return { present: hasFlag(name, argv), value: flagValue(name, argv) };
}
