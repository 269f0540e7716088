/** What `app.asar` must hold, and must not: checked on its list of files and its package.json. */

export interface AppManifest {
  readonly main?: string;
  readonly devDependencies?: Readonly<Record<string, string>>;
}

/** Files every installer needs: the Electron main and preload bundles, and the renderer page. */
export const REQUIRED_ENTRIES = [
  '/package.json',
  '/dist/electron/main.cjs',
  '/dist/electron/preload.cjs',
  '/dist/renderer/index.html',
];

/** Things that are no part of the app: tests, fixtures, sources, source maps, other hosts. */
const NOT_SHIPPED: readonly [RegExp, string][] = [
  [/\.(test|spec|int\.test)\.[cm]?[jt]sx?$/, 'test code'],
  [/(^|\/)(e2e|fixtures|test-support|__tests__)(\/|$)/, 'test folder'],
  [/\.tsx?$/, 'TypeScript source'],
  [/\.map$/, 'source map'],
  [/^\/dist\/web(\/|$)/, 'browser host (not part of the desktop app)'],
  [/^\/(electron|renderer|shared|build|docs|e2e)(\/|$)/, 'repository folder'],
];

/**
 * Lists every problem with an `app.asar` (empty when it is right). `entries` are the archive's
 * paths as @electron/asar lists them ("/dist/…"); `referenced` are the files index.html loads.
 */
export function appAsarProblems(
  entries: readonly string[],
  shipped: AppManifest,
  project: AppManifest,
  referenced: readonly string[],
): string[] {
  const problems: string[] = [];
  const present = new Set(entries);
  for (const required of REQUIRED_ENTRIES) {
    if (!present.has(required)) problems.push(`${required} is missing`);
  }
  if (shipped.main === undefined || !present.has(`/${shipped.main}`)) {
    problems.push(`package.json "main" (${shipped.main ?? 'unset'}) is not a file in app.asar`);
  }
  for (const file of referenced) {
    if (!present.has(`/dist/renderer/${file}`))
      problems.push(`index.html loads ${file}, which is missing`);
  }
  const development = new Set(Object.keys(project.devDependencies ?? {}));
  for (const entry of entries) {
    for (const [pattern, what] of NOT_SHIPPED) {
      if (pattern.test(entry)) problems.push(`${entry}: ${what}`);
    }
    // Any depth: a development package is never part of the app, hoisted or nested.
    for (const [, name] of entry.matchAll(/\/node_modules\/((?:@[^/]+\/)?[^/]+)/g)) {
      if (name !== undefined && development.has(name)) {
        problems.push(`${entry}: development dependency ${name}`);
        break;
      }
    }
  }
  return problems;
}

/** The asset paths (relative to the renderer folder) that index.html loads. */
export function referencedAssets(indexHtml: string): string[] {
  return [...indexHtml.matchAll(/\s(?:src|href)="\.?\/?([^"#?]+)"/g)]
    .map((match) => match[1] ?? '')
    .filter((path) => path !== '' && !/^[a-z]+:/i.test(path));
}
