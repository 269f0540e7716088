import type { LimitViolation } from '../../../../../shared/domain/config/provider-limits.js';
import type { ProviderId } from '../../../../../shared/domain/profile.js';
import { providerInfo } from '../../../../../shared/domain/providers.js';
import type { FieldErrors } from '../config-kind.js';
import { s3DocumentMessages } from './messages.js';

function limitMessage(provider: string, violation: LimitViolation): string {
  const m = s3DocumentMessages.limits;
  switch (violation.code) {
    case 'unsupportedField':
      return m.unsupportedField(provider, violation.field);
    case 'otherDestination':
      return m.otherDestination(provider, violation.first);
    case 'overlappingPrefix':
      return m.overlappingPrefix(provider, violation.other);
    case 'unsupportedKind':
      return m.unsupportedKind(provider, m.kinds[violation.kind]);
  }
}

/**
 * Schema errors first (a field must be well-formed before its provider's limits matter),
 * then the provider's limits at the fields that break them.
 */
export function withLimitErrors(
  schemaErrors: FieldErrors,
  provider: ProviderId,
  violations: readonly LimitViolation[],
): FieldErrors {
  const label = providerInfo(provider).label;
  const errors: Record<string, string> = { ...schemaErrors };
  for (const violation of violations) {
    errors[violation.path.join('.')] ??= limitMessage(label, violation);
  }
  return errors;
}
