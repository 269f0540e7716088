import { OPS } from './holdall-job.js';
import type { EngineSettings } from './holdall-job.js';
import { toolRound } from './rounds.js';
import type { RoundContext } from './rounds.js';
import { summarize } from './stats.js';
import type { Sample, Summary } from './stats.js';
import { holdallTool } from './tools.js';
import type { RunnerMode } from './tools.js';

export interface Trial {
  label: string;
  settings: EngineSettings;
}

export interface TrialResult extends Trial {
  summaries: Summary[];
}

/** One knob at a time away from what ships, so each row says what that knob is worth. */
export function trials(shipped: EngineSettings): Trial[] {
  const t = (label: string, over: Partial<EngineSettings>): Trial => ({
    label,
    settings: { ...shipped, ...over },
  });
  return [
    t('shipped defaults', {}),
    t('8 files at once', { fileConcurrency: 8 }),
    t('16 files at once', { fileConcurrency: 16 }),
    t('32 files, limit 32', { fileConcurrency: 32, requestLimit: 32 }),
    t('16 files, 8 parts', { fileConcurrency: 16, partConcurrency: 8 }),
    t('16 files, 16 parts', { fileConcurrency: 16, partConcurrency: 16 }),
    t('16 files, 16 MiB parts', { fileConcurrency: 16, partSizeMiB: 16 }),
    t('16 files, no job lines', { fileConcurrency: 16, jobLines: false }),
  ];
}

/** Holdall alone over the trial settings; passes interleave trials like rounds interleave tools. */
export async function explore(
  ctx: RoundContext,
  list: readonly Trial[],
  passes: number,
  home: string,
  runner: RunnerMode,
): Promise<TrialResult[]> {
  const samples = new Map<string, Sample[]>(list.map((t) => [t.label, []]));
  for (let pass = 1; pass <= passes; pass++) {
    for (const trial of list) {
      ctx.log(`explore pass ${pass}: ${trial.label} ${JSON.stringify(trial.settings)}`);
      const tool = holdallTool(ctx.server, home, trial.settings, runner);
      samples.get(trial.label)?.push(...(await toolRound(tool, pass, ctx)));
    }
  }
  return list.map((trial) => ({
    ...trial,
    summaries: OPS.map((op) => summarize(samples.get(trial.label) ?? [], 'holdall', op)),
  }));
}
