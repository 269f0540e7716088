import type { AppError } from '../../../../shared/contract/envelope.js';
import type { NotificationConfig } from '../../../../shared/domain/config/notification.js';
import { unsupportedByProvider } from '../dialects.js';
import type { Dialect, NotificationKind } from '../dialects.js';

const kindOfList = {
  topics: 'topic',
  queues: 'queue',
  cloudFunctions: 'cloudFunction',
} as const satisfies Record<keyof NotificationConfig, NotificationKind>;

const kindLabels: Readonly<Record<NotificationKind, string>> = {
  topic: 'topic notifications',
  queue: 'queue notifications',
  cloudFunction: 'cloud function notifications',
};

export function notificationKindsUsed(config: NotificationConfig): NotificationKind[] {
  return (Object.keys(kindOfList) as (keyof NotificationConfig)[])
    .filter((list) => config[list].length > 0)
    .map((list) => kindOfList[list]);
}

/** Why this provider cannot take this configuration, or undefined when it can. */
export function notificationProblem(
  dialect: Dialect,
  config: NotificationConfig,
): AppError | undefined {
  const kind = notificationKindsUsed(config).find((k) => !dialect.notification.kinds.includes(k));
  return kind === undefined ? undefined : unsupportedByProvider(dialect, kindLabels[kind]);
}
