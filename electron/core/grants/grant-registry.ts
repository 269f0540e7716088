import { randomBytes } from 'node:crypto';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { AppError } from '../../../shared/contract/envelope.js';
import type { GrantUse } from '../../../shared/domain/local-grant.js';

export interface GrantRegistryOptions {
  /** The app data folder: keys, profiles, journal. Never readable or writable through a grant. */
  protectedDir: string;
  /**
   * A folder inside protectedDir whose files the host itself made (the browser host's spool):
   * read grants may point there, write grants never.
   */
  readableInside?: string;
  /** Grants one scope may hold; drops of many files stay far below it. */
  maxPerScope?: number;
}

interface Scope {
  byId: Map<string, Grant>;
  /** use + NUL + path → id: granting the same item twice answers the same id. */
  byItem: Map<string, string>;
}

interface Grant {
  /** The path as granted: uploads name keys after it, so symlinked names are kept. */
  path: string;
  /** Where it resolved when granted; a later swap (a symlink put in its place) is refused. */
  real: string;
  use: GrantUse;
}

/** The scope of hosts with one session (the browser host, tests). */
export const HOST_SCOPE = 'host';

const DEFAULT_MAX_PER_SCOPE = 200_000;

const useWords: Record<GrantUse, string> = {
  readFile: 'reading a file',
  readTree: 'reading a folder',
  writeFolder: 'writing into a folder',
  writeFile: 'writing one file',
};

function refused(message: string, reason: string): AppError {
  return new AppError('GrantRefused', message, { reason });
}

function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Random ids standing for local paths the host chose, per scope (a window, a
 * browser session). The contract only ever takes these ids, so a script in
 * the page cannot name the app's own files, a folder it was not given, or use
 * a file it may read as a folder to write into.
 */
export class GrantRegistry {
  readonly #options: GrantRegistryOptions;
  readonly #scopes = new Map<string, Scope>();

  constructor(options: GrantRegistryOptions) {
    this.#options = options;
  }

  /** A file to read, or a folder tree to read, whichever the path is. */
  async issueRead(scope: string, path: string): Promise<string> {
    const info = await this.#stat(path);
    return this.#issue(scope, path, info.isDirectory() ? 'readTree' : 'readFile');
  }

  /** A folder downloads may write into. */
  async issueWrite(scope: string, folder: string): Promise<string> {
    return this.#issue(scope, folder, 'writeFolder');
  }

  /**
   * One file a download may write, named in the host's save dialog: it may not exist yet, but its
   * folder must, and the grant covers that one name, not the folder.
   */
  async issueWriteFile(scope: string, file: string): Promise<string> {
    return this.#issue(scope, file, 'writeFile');
  }

  /** The path behind a grant, checked again now: it must still be what was granted. */
  async resolve(scope: string, id: string, accepts: readonly GrantUse[]): Promise<string> {
    return (await this.resolveGrant(scope, id, accepts)).path;
  }

  /** resolve, telling which of the accepted uses the grant has. */
  async resolveGrant(
    scope: string,
    id: string,
    accepts: readonly GrantUse[],
  ): Promise<{ path: string; use: GrantUse }> {
    const grant = this.#scopes.get(scope)?.byId.get(id);
    if (grant === undefined)
      throw refused(
        'This grant is unknown to this window: pick or drop the item again.',
        'unknown',
      );
    if (!accepts.includes(grant.use))
      throw refused(
        `This grant allows ${useWords[grant.use]}, not ${accepts.map((u) => useWords[u]).join(' or ')}.`,
        'wrongUse',
      );
    const real = await this.#check(grant.path, grant.use);
    if (real !== grant.real)
      throw refused(`${grant.path} changed since it was granted: pick it again.`, 'changed');
    return { path: grant.path, use: grant.use };
  }

  /** Forgets a closed window's grants. */
  revoke(scope: string): void {
    this.#scopes.delete(scope);
  }

  async #issue(scope: string, path: string, use: GrantUse): Promise<string> {
    const real = await this.#check(path, use);
    const grants: Scope = this.#scopes.get(scope) ?? {
      byId: new Map<string, Grant>(),
      byItem: new Map<string, string>(),
    };
    this.#scopes.set(scope, grants);
    const item = `${use}\0${path}`;
    const known = grants.byItem.get(item);
    if (known !== undefined && grants.byId.get(known)?.real === real) return known;
    if (grants.byId.size >= (this.#options.maxPerScope ?? DEFAULT_MAX_PER_SCOPE))
      throw refused('Too many files and folders granted in this window.', 'tooMany');
    const id = randomBytes(24).toString('base64url');
    grants.byId.set(id, { path, real, use });
    grants.byItem.set(item, id);
    return id;
  }

  async #stat(path: string) {
    if (!isAbsolute(path)) throw refused(`${path} is not an absolute path.`, 'notAbsolute');
    return stat(path).catch((err: NodeJS.ErrnoException) => {
      throw refused(`Cannot read ${path}: ${err.code ?? err.message}.`, 'missing');
    });
  }

  /** Resolves symlinks, then refuses what lies in (or holds) the app data folder. */
  async #check(path: string, use: GrantUse): Promise<string> {
    if (use === 'writeFile') return this.#checkFileToWrite(path);
    const info = await this.#stat(path);
    if (use === 'readFile' && !info.isFile()) throw refused(`${path} is not a file.`, 'notFile');
    if (use !== 'readFile' && !info.isDirectory())
      throw refused(`${path} is not a folder.`, 'notFolder');
    const real = await realpath(path);
    const { protectedReal, readableReal } = await this.#realRoots();
    const hostMade = use !== 'writeFolder' && readableReal !== undefined;
    if (isInside(protectedReal, real) && !(hostMade && isInside(readableReal, real)))
      throw refused(
        `${path} is inside Holdall's own data folder, which the app never reads or writes for you.`,
        'protected',
      );
    if (use !== 'readFile' && isInside(real, protectedReal))
      throw refused(
        `${path} holds Holdall's own data folder: choose a folder inside it instead.`,
        'protected',
      );
    return real;
  }

  /**
   * Its folder must be a folder; the file itself, if there, a plain file; and it must not be in
   * the app data folder. A folder that merely holds the data folder is fine: only this name is
   * written.
   */
  async #checkFileToWrite(path: string): Promise<string> {
    const folder = dirname(path);
    if (folder === path) throw refused(`${path} does not name a file.`, 'notFile');
    if (!(await this.#stat(folder)).isDirectory())
      throw refused(`${folder} is not a folder.`, 'notFolder');
    const existing = await stat(path).catch(() => null);
    if (existing !== null && !existing.isFile()) throw refused(`${path} is not a file.`, 'notFile');
    const real = join(await realpath(folder), basename(path));
    const { protectedReal } = await this.#realRoots();
    if (isInside(protectedReal, real))
      throw refused(
        `${path} is inside Holdall's own data folder, which the app never reads or writes for you.`,
        'protected',
      );
    return real;
  }

  /** Resolved each time: the data folder may sit behind a symlink, the spool appear later. */
  async #realRoots() {
    const { protectedDir, readableInside } = this.#options;
    const protectedReal = await realpath(protectedDir).catch(() => protectedDir);
    const readableReal =
      readableInside === undefined
        ? undefined
        : await realpath(readableInside).catch(() => readableInside);
    return { protectedReal, readableReal };
  }
}
