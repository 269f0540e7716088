import type { TransferJob } from '../../../../shared/domain/transfer-job.js';
import { messages } from './messages.js';
import { isActive, jobName } from './transfer-rows.js';

/** Jobs shorter than this end while people still watch; a notification would only be noise. */
export const LONG_JOB_MS = 10_000;

/**
 * True when a job this window saw running has just ended after a long time.
 * Jobs first seen already finished (after a reload) were not waited for here.
 */
export function shouldNotify(
  previous: Pick<TransferJob, 'state'> | undefined,
  next: Pick<TransferJob, 'state' | 'createdAt'>,
  now: number,
): boolean {
  if (previous === undefined || !isActive(previous.state)) return false;
  if (next.state !== 'succeeded' && next.state !== 'failed') return false;
  const started = Date.parse(next.createdAt);
  return Number.isFinite(started) && now - started > LONG_JOB_MS;
}

export function notifyIfLongJobEnded(
  previous: Pick<TransferJob, 'state'> | undefined,
  job: TransferJob,
  now: number,
): void {
  if (!shouldNotify(previous, job, now)) return;
  // Electron's renderer grants notifications; the browser host only after the user allowed them.
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  const name = jobName(job);
  try {
    new Notification(messages.notificationTitle, {
      body:
        job.state === 'succeeded'
          ? messages.notificationDone(name)
          : messages.notificationFailedBecause(name, job.error?.message ?? ''),
      tag: `holdall-transfer-${job.id}`,
    });
  } catch {
    // Some hosts refuse page-made notifications (service-worker only); the panel still says it.
  }
}

/** Asks for permission from a click; never awaited by anything that matters. */
export function askNotificationPermission(onAnswer: () => void): void {
  if (typeof Notification === 'undefined') return;
  Notification.requestPermission().then(onAnswer, onAnswer);
}

export function notificationPermission(): NotificationPermission | 'unsupported' {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}
