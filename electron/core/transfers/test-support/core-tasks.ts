import type { ChannelName, ChannelOutput } from '../../../../shared/contract/channels.js';
import type { AppErrorShape } from '../../../../shared/contract/envelope.js';
import type { EmitEvent } from '../../../../shared/contract/handlers.js';
import { taskEnded } from '../../../../shared/domain/task.js';
import type { TaskRecord } from '../../../../shared/domain/task.js';
import { createCore } from '../../create-core.js';
import type { Core } from '../../create-core.js';
import { createKeyFileCipher } from '../../secrets/key-file-cipher.js';
import { contractCaller } from '../../test-support.js';

interface Waiter {
  test: (record: TaskRecord) => boolean;
  resolve: (record: TaskRecord) => void;
}

/**
 * Hears a core's `tasks.snapshot` events, as the renderer does, and waits on them: a test waits
 * for the state it expects, never for time.
 */
export class TaskWatch {
  readonly snapshots: TaskRecord[] = [];
  readonly #latest = new Map<string, TaskRecord>();
  #waiters: Waiter[] = [];

  /** The core's `emit`: keeps every snapshot and wakes whoever waits for it. */
  readonly emit: EmitEvent = (event, payload) => {
    if (event !== 'tasks.snapshot') return;
    const record = payload as TaskRecord;
    this.snapshots.push(record);
    this.#latest.set(record.id, record);
    const woken = this.#waiters.filter((w) => w.test(record));
    this.#waiters = this.#waiters.filter((w) => !woken.includes(w));
    for (const w of woken) w.resolve(record);
  };

  /** The first snapshot of task `id` (the latest one included) that passes `test`. */
  until(id: string, test: (record: TaskRecord) => boolean): Promise<TaskRecord> {
    const now = this.#latest.get(id);
    if (now !== undefined && test(now)) return Promise.resolve(now);
    return new Promise((resolve) => {
      this.#waiters.push({ test: (r) => r.id === id && test(r), resolve });
    });
  }

  ended(id: string): Promise<TaskRecord> {
    return this.until(id, (r) => taskEnded(r.state));
  }

  /** The states task `id` went through, repeats folded. */
  statesOf(id: string): string[] {
    const states: string[] = [];
    for (const r of this.snapshots)
      if (r.id === id && states.at(-1) !== r.state) states.push(r.state);
    return states;
  }
}

/** Calls through the core's validating dispatcher, as a window would. */
export function contractCalls(core: () => Core) {
  return {
    call: <C extends ChannelName>(channel: C, input: unknown): Promise<ChannelOutput<C>> =>
      contractCaller(core().dispatch)(channel, input),
    refusal: async (
      channel: ChannelName,
      input: unknown,
      scope?: string,
    ): Promise<AppErrorShape> => {
      const ctx = {
        signal: new AbortController().signal,
        ...(scope === undefined ? {} : { scope }),
      };
      const result = await core().dispatch(channel, input, ctx);
      if (result.ok) throw new Error(`${channel} was expected to refuse`);
      return result.error;
    },
  };
}

export interface TestCore extends ReturnType<typeof contractCalls> {
  core: Core;
  watch: TaskWatch;
  /** Stops like the app quitting, and waits until the engine has let go of its journal. */
  close(): Promise<void>;
}

/** A core on `dataDir` (a second one on the same folder is the app started again). */
export async function openTestCore(dataDir: string): Promise<TestCore> {
  const watch = new TaskWatch();
  const core = createCore({
    appDataDir: dataDir,
    cipher: await createKeyFileCipher(dataDir),
    host: { kind: 'electron', version: 'test' },
    emit: watch.emit,
  });
  return {
    core,
    watch,
    ...contractCalls(() => core),
    close: async () => {
      await core.transfers.close();
      core.close();
    },
  };
}
