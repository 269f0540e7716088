import { formatEta, formatSpeed } from './format-transfer.js';
import { messages } from './messages.js';
import { headerSummary } from './queue-summary.js';
import type { TransferRow } from './transfer-rows.js';
import { useNow } from './use-now.js';

const counted = ['running', 'waiting', 'queued', 'paused', 'failed'] as const;

/** "3 running, 1 failed · 1.2 MiB/s · 2 min left": the panel's state, collapsed or not. */
export function SummaryLine({
  rows,
  limit,
}: {
  rows: readonly TransferRow[];
  limit: number | null;
}) {
  const now = useNow(rows.some((row) => row.state === 'running'));
  const summary = headerSummary(rows, limit, now);
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
