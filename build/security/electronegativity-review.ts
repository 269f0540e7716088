import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What Electronegativity reports for one place in the code. */
export interface Finding {
  readonly check: string;
  /** Relative to the repository, `N/A` for checks about the whole app (such as its CSP). */
  readonly file: string;
  readonly line: number;
  readonly sample: string;
}

/** A finding the team looked at and keeps, with the reason written down. */
export interface AcceptedFinding {
  readonly check: string;
  readonly file: string;
  readonly reason: string;
}

export interface ReviewPolicy {
  /** Checks not run at all (by class name, e.g. `AvailableSecurityFixesGlobalCheck`), each with its reason. */
  readonly skippedChecks: readonly { readonly check: string; readonly reason: string }[];
  readonly accepted: readonly AcceptedFinding[];
}

export interface ReviewResult {
  readonly findings: readonly Finding[];
  /** Files Electronegativity could not parse: they were not reviewed. */
  readonly unparsed: readonly string[];
  readonly checksRun: number;
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number };
  sample?: string;
}
type Runner = (options: Record<string, unknown>) => Promise<{
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: RawIssue[];
}>;

const root = join(import.meta.dirname, '..', '..');
const requireHere = createRequire(import.meta.url);

/** What runs in the app: the Electron host, core, shared code and the renderer, no tests. */
export const REVIEWED_SOURCES = [
  'electron/main',
  'electron/preload',
  'electron/core',
  'shared',
  'renderer/src',
  'renderer/index.html',
  'package.json',
];

function isShippedSource(path: string): boolean {
  return !/\.test\.tsx?$/.test(path) && !/(^|\/)test-support(\/|\.ts$)/.test(path);
}

/**
 * Loads Electronegativity with its HTTP client replaced by one that refuses at once: the
 * review never reaches the network (the tool would otherwise fetch translations and
 * Electron's release list from the internet at every run).
 */
function loadOfflineRunner(): Runner {
  const requireFromTool = createRequire(
    requireHere.resolve('@doyensec/electronegativity/dist/runner.js'),
  );
  const gotPath = requireFromTool.resolve('got');
  const refuse = () => Promise.reject(new Error('The security review runs offline'));
  const offlineGot = Object.assign(refuse, { head: refuse, get: refuse });
  const cache = requireFromTool.cache;
  cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offlineGot } as never;
  return requireFromTool('@doyensec/electronegativity/dist/runner.js') as Runner;
}

/** Runs Electronegativity over `sourceRoot` (a copy of the paths given, tests left out). */
export async function reviewSources(
  policy: ReviewPolicy,
  sourceRoot = root,
  sources = REVIEWED_SOURCES,
): Promise<ReviewResult> {
  const stage = await mkdtemp(join(tmpdir(), 'holdall-review-'));
  try {
    for (const source of sources) {
      await cp(join(sourceRoot, source), join(stage, source), {
        recursive: true,
        filter: (path) => isShippedSource(path.slice(sourceRoot.length + 1)),
      });
    }
    const electronPackage = JSON.parse(
      await readFile(requireHere.resolve('electron/package.json'), 'utf8'),
    ) as { version: string };
    const run = loadOfflineRunner();
    const result = await silenced(() =>
      run({
        input: stage,
        isRelative: true,
        electronVersionOverride: electronPackage.version,
        customScan: [],
        excludeFromScan: policy.skippedChecks.map(({ check }) => check.toLowerCase()),
      }),
    );
    return {
      checksRun: result.globalChecks + result.atomicChecks,
      unparsed: result.errors
        .filter(({ tolerable }) => !tolerable)
        .map(({ file, message }) => `${file}: ${message}`),
      findings: result.issues.map((issue) => ({
        check: issue.id,
        file: issue.file,
        line: issue.location.line,
        sample: issue.sample ?? '',
      })),
    };
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

/** The tool prints its (failed) network attempts; the test reports what matters. */
async function silenced<T>(work: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = () => undefined;
  try {
    return await work();
  } finally {
    console.log = log;
  }
}

export function isAccepted(finding: Finding, accepted: readonly AcceptedFinding[]): boolean {
  return accepted.some(({ check, file }) => check === finding.check && file === finding.file);
}

export function describeFinding(finding: Finding): string {
  const where = finding.file === 'N/A' ? 'the app as a whole' : `${finding.file}:${finding.line}`;
  return `${finding.check} at ${where}${finding.sample ? ` (${finding.sample.trim()})` : ''}`;
}

export const POLICY_FILE = join(import.meta.dirname, 'electronegativity-accepted.json');

export async function readPolicy(): Promise<ReviewPolicy> {
  const file = POLICY_FILE;
  return JSON.parse(await readFile(file, 'utf8')) as ReviewPolicy;
}
