import { readFile, writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';

const START = '<!-- bench:transfer:start (written by npm run bench:transfer) -->';
const END = '<!-- bench:transfer:end -->';

const SKELETON = `# Benchmarks

Benchmarks are not tests: each prints figures and Holdall's ratio to peers run side by side
on the same machine in the same run. Timed tests are not used to judge speed.

## Transfers (\`npm run bench:transfer\`)

${START}
${END}
`;

/** Replaces only the generated block, so the analysis written around it survives a re-run. */
export async function writeGenerated(path: string, body: string): Promise<void> {
  const current = await readFile(path, 'utf8').catch(() => SKELETON);
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const base = start >= 0 && end > start ? current : `${current.trimEnd()}\n\n${START}\n${END}\n`;
  const from = base.indexOf(START) + START.length;
  const to = base.indexOf(END);
  const text = `${base.slice(0, from)}\n${body.trim()}\n${base.slice(to)}`;
  // Formatted as `npm run lint` (prettier --check) expects, so a re-run leaves the tree clean.
  const options = (await resolveConfig(path)) ?? {};
  await writeFile(path, await format(text, { ...options, filepath: path }));
}
