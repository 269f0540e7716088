/** What Electron 45 ships and what the AWS SDK supports from 2027; `engines` in package.json says the same. */
export const minimumNode = { major: 22, minor: 12 } as const;

/** Why this Node cannot run Holdall, or undefined when it can. `version` is like "v20.20.2". */
export function nodeVersionProblem(version: string): string | undefined {
  const match = /^v?(\d+)\.(\d+)\.\d+/.exec(version);
  const wanted = `Node ${minimumNode.major}.${minimumNode.minor} or later`;
  if (match === null) return `Holdall needs ${wanted}; this Node says its version is "${version}"`;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  const tooOld =
    major < minimumNode.major || (major === minimumNode.major && minor < minimumNode.minor);
  return tooOld ? `Holdall needs ${wanted}; this is Node ${version.replace(/^v/, '')}` : undefined;
}
