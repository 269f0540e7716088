import { objectLockSupport } from '../../../../../../shared/domain/object-lock.js';
import type { ValidationContext } from '../../config-kind.js';
import { objectLockMessages as m } from './messages.js';

/** A bucket created without object lock: why there is nothing to set, and what to do instead. */
export function NoObjectLock({ context }: { context: ValidationContext }) {
  return (
    <div className="config-state" data-state="none">
      <p className="config-state-title">{m.noneTitle}</p>
      <p className="muted">{m.noneWhy}</p>
      <p className="muted">{m.noneHow}</p>
      {objectLockSupport[context.provider].addToExistingBucket && (
        <p className="muted">{m.noneLaterAws}</p>
      )}
    </div>
  );
}
