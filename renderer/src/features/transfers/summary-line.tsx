import { formatEta, formatSpeed } from './format-transfer.js';
import { messages } from './messages.js';
import { headerSummary } from './queue-summary.js';
import type { SummaryTask } from './queue-summary.js';

const counted = ['running', 'waiting', 'queued', 'paused', 'failed'] as const;

/** "3 running, 1 failed · 1.2 MiB/s · 2 min left": the panel's state, collapsed or not. */
export function SummaryLine({
  tasks,
  limit,
}: {
  tasks: readonly SummaryTask[];
  limit: number | null;
}) {
  const summary = headerSummary(tasks, limit);
  const counts = counted
    .filter((state) => summary[state] > 0)
    .map((state) => messages.counts[state](summary[state]))
    .join(messages.listSeparator);
  const speed = formatSpeed(summary.bytesPerSec);
  const eta = formatEta(summary.etaSeconds);
  const text = [counts, speed, eta === '' ? '' : messages.eta(eta)]
    .filter((part) => part !== '')
    .join(' · ');
  if (text === '') return null;
  return (
    <span className="transfers-summary" aria-label={messages.summaryLabel} role="group">
      {text}
    </span>
  );
}
