// Where the finding codes are documented. The README has a section per code, so
// `${readmeUrl(pkg)}#${code}` lands on each rule's: the CLI's SARIF help and the extension's
// diagnostic links both point there, so they read the address from package.json the same way.

/** The fields of a package.json that say where its README lives. */
export interface PackageLinks {
  homepage?: string;
  repository?: string | { url?: string };
}

/** The project's own page, when package.json names no http(s) address. */
const DEFAULT_README_URL = 'https://github.com/brief-lens/brief-lens';

/** package.json `homepage` (or `repository`, without `git+` and `.git`), without any `#fragment`. */
export function readmeUrl(pkg: PackageLinks): string {
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const candidate = pkg.homepage ?? repository?.replace(/^git\+/, '').replace(/\.git$/, '');
  if (!candidate || !/^https?:\/\//.test(candidate)) return DEFAULT_README_URL;
  const [withoutFragment = candidate] = candidate.split('#');
  return withoutFragment;
}
