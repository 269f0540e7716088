import type { TaskRecord, TaskState } from '../../../../shared/domain/task.js';
import { recordTitle } from '../tasks/messages.js';
import { messages } from './messages.js';

/** Transfers shorter than this end while people still watch; a notification would only be noise. */
export const LONG_JOB_MS = 10_000;

const moving: readonly TaskState[] = ['queued', 'running', 'stalled', 'waiting'];

/**
 * True when a task this window saw under way has just ended after a long time.
 * Tasks first seen already finished (after a reload) were not waited for here.
 */
export function shouldNotify(
  previous: Pick<TaskRecord, 'state'> | undefined,
  next: Pick<TaskRecord, 'state' | 'createdAt'>,
  now: number,
): boolean {
  if (previous === undefined || !moving.includes(previous.state)) return false;
  if (next.state !== 'succeeded' && next.state !== 'failed') return false;
  const started = Date.parse(next.createdAt);
  return Number.isFinite(started) && now - started > LONG_JOB_MS;
}

/** Uploads and downloads only: the panel's hint promises a notice when a long transfer ends. */
export function notifyIfLongTaskEnded(
  previous: Pick<TaskRecord, 'state'> | undefined,
  task: TaskRecord,
  now: number,
): void {
  if (task.transfer === null || !shouldNotify(previous, task, now)) return;
  // Electron's renderer grants notifications; the browser host only after the user allowed them.
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  const name = recordTitle(task);
  try {
    new Notification(messages.notificationTitle, {
      body:
        task.state === 'succeeded'
          ? messages.notificationDone(name)
          : messages.notificationFailedBecause(name, task.error?.message ?? ''),
      tag: `holdall-transfer-${task.id}`,
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
