import { Notification } from 'electron';
import type { BrowserWindow } from 'electron';
import type { EmitEvent } from '../../shared/contract/handlers.js';
import { taskEnded } from '../../shared/domain/task.js';
import type { TaskRecord, TaskState } from '../../shared/domain/task.js';
import { ProgressThrottle } from '../core/transfers/progress-throttle.js';
import { focusWindow } from './single-instance.js';
import { noticeFor } from './transfer-notice.js';
import { TransferTally } from './transfer-tally.js';
import type { TaskbarProgress } from './transfer-tally.js';

/** The taskbar moves a few times a second at most, however often transfers report. */
const BAR_INTERVAL_MS = 250;

function applyBar(win: BrowserWindow, progress: TaskbarProgress): void {
  if (progress.kind === 'none') win.setProgressBar(-1);
  // Above 1 is "indeterminate" on macOS and Linux; Windows reads the mode.
  else if (progress.kind === 'indeterminate') win.setProgressBar(2, { mode: 'indeterminate' });
  else win.setProgressBar(progress.value);
}

/**
 * What the desktop shows of uploads and downloads, read from the task snapshots main already
 * sends the window: one taskbar/dock bar over all running transfer tasks, and a notification
 * when one finishes or fails while no window of the app has the focus.
 */
export class TransferSignals {
  readonly #tally = new TransferTally();
  readonly #states = new Map<string, TaskState>();
  // Held until clicked or closed: a notification nothing references may vanish unclicked.
  readonly #shown = new Set<Notification>();
  readonly #bar: ProgressThrottle;
  #lastBar = '';

  constructor(private readonly windows: () => BrowserWindow[]) {
    this.#bar = new ProgressThrottle(BAR_INTERVAL_MS, () => this.#showBar());
  }

  readonly observe: EmitEvent = (event, payload) => {
    if (event !== 'tasks.snapshot') return;
    const task = payload as TaskRecord;
    if (task.transfer === null) return;
    this.#tally.observe(task);
    this.#bar.poke();
    const notice = noticeFor(this.#states.get(task.id), task);
    // An ended task is forgotten: a retry starts it again from queued.
    if (taskEnded(task.state)) this.#states.delete(task.id);
    else this.#states.set(task.id, task.state);
    if (notice !== null) this.#notify(notice);
  };

  #showBar(): void {
    const progress = this.#tally.progress();
    const key = JSON.stringify(progress);
    if (key === this.#lastBar) return;
    this.#lastBar = key;
    for (const win of this.windows()) if (!win.isDestroyed()) applyBar(win, progress);
  }

  #notify(notice: { title: string; body: string }): void {
    const windows = this.windows();
    if (windows.some((win) => !win.isDestroyed() && win.isFocused())) return;
    if (!Notification.isSupported()) return;
    const shown = new Notification({ title: notice.title, body: notice.body });
    this.#shown.add(shown);
    shown.on('click', () => {
      this.#shown.delete(shown);
      const [win] = this.windows().filter((w) => !w.isDestroyed());
      if (win !== undefined) focusWindow(win);
    });
    shown.on('close', () => this.#shown.delete(shown));
    shown.show();
  }
}
