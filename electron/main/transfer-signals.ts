import { Notification } from 'electron';
import type { BrowserWindow } from 'electron';
import type { EmitEvent } from '../../shared/contract/handlers.js';
import type { TransferState } from '../../shared/domain/transfer-job.js';
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
 * What the desktop shows of transfers, read from the events main already sends the window:
 * one taskbar/dock bar over all running jobs, and a notification when a job finishes or fails
 * while no window of the app has the focus.
 */
export class TransferSignals {
  readonly #tally = new TransferTally();
  readonly #states = new Map<string, TransferState>();
  // Held until clicked or closed: a notification nothing references may vanish unclicked.
  readonly #shown = new Set<Notification>();
  readonly #bar: ProgressThrottle;
  #lastBar = '';

  constructor(private readonly windows: () => BrowserWindow[]) {
    this.#bar = new ProgressThrottle(BAR_INTERVAL_MS, () => this.#showBar());
  }

  readonly observe: EmitEvent = (event, payload) => {
    if (event === 'transfers.progress') {
      this.#tally.observeProgress(payload as Parameters<TransferTally['observeProgress']>[0]);
      this.#bar.poke();
    } else if (event === 'transfers.state') {
      const job = payload as Parameters<TransferTally['observeState']>[0];
      this.#tally.observeState(job);
      this.#bar.poke();
      const notice = noticeFor(this.#states.get(job.id), job);
      // An ended job is forgotten: a retry starts it again from queued.
      if (job.state === 'queued' || job.state === 'running' || job.state === 'paused')
        this.#states.set(job.id, job.state);
      else this.#states.delete(job.id);
      if (notice !== null) this.#notify(notice);
    }
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
