import { lstat } from 'node:fs/promises';
import { extname } from 'node:path';
import { AppError } from '../../../shared/contract/envelope.js';
import type { TransferJob } from '../../../shared/domain/transfer-job.js';

/** Hands a file to the system's app for its type (Electron: `shell.openPath`). */
export type OpenWithApp = (path: string) => Promise<void>;

/**
 * Names the system would run rather than open: a downloaded object must never become a program
 * started by a double-click in Holdall. The user can still run it from the folder on purpose.
 */
const RUNNABLE = new Set([
  '.exe',
  '.com',
  '.bat',
  '.cmd',
  '.msi',
  '.msp',
  '.scr',
  '.pif',
  '.cpl',
  '.lnk',
  '.url',
  '.ps1',
  '.psm1',
  '.vbs',
  '.vbe',
  '.js',
  '.jse',
  '.wsf',
  '.wsh',
  '.hta',
  '.jar',
  '.reg',
  '.app',
  '.command',
  '.desktop',
  '.sh',
  '.appimage',
  '.run',
  '.pkg',
  '.dmg',
]);

/**
 * Opens what a finished file download wrote, found by the transfer's id. Refuses anything else:
 * an unknown id, an upload or a folder, a download not finished, one whose file was skipped
 * (the file there is not Holdall's), a path that is no longer a plain file, a program.
 */
export async function openDownloaded(
  job: TransferJob | undefined,
  id: string,
  open: OpenWithApp | undefined,
): Promise<{ opened: true }> {
  if (job === undefined) throw new AppError('TransferNotFound', `No transfer with id ${id}`);
  if (job.direction !== 'download' || job.kind !== 'file') {
    throw new AppError('InvalidInput', 'Only a downloaded file can be opened with its app.');
  }
  if (job.state !== 'succeeded') {
    throw new AppError('InvalidInput', `This download has not finished (it is ${job.state}).`);
  }
  if (job.skippedCount > 0) {
    throw new AppError(
      'InvalidInput',
      'This download was skipped, so the file there is not one Holdall wrote.',
    );
  }
  if (open === undefined) {
    throw new AppError(
      'UnavailableInHost',
      'Opening a file with its app is not available in the browser; the file is in the folder you downloaded it to.',
    );
  }
  if (RUNNABLE.has(extname(job.localPath).toLowerCase())) {
    throw new AppError(
      'InvalidInput',
      'Holdall does not start programs or scripts it downloaded; open it from its folder if you trust it.',
    );
  }
  const info = await lstat(job.localPath).catch(() => null);
  if (info === null || !info.isFile()) {
    throw new AppError(
      'LocalFileError',
      `The downloaded file is no longer there: ${job.localPath}`,
    );
  }
  await open(job.localPath);
  return { opened: true };
}
