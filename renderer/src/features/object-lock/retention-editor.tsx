import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { retentionChange, retentionModeSchema } from '../../../../shared/domain/object-lock.js';
import type { ObjectRetention, RetentionMode } from '../../../../shared/domain/object-lock.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { CheckField } from '../../ui/check-field.js';
import { ChoiceField } from '../../ui/choice-field.js';
import { FormField } from '../../ui/form-field.js';
import type { VersionTarget } from './lock-queries.js';
import { fromLocalInput, toLocalInput } from './local-instant.js';
import { objectLockSectionMessages as m } from './messages.js';

interface RetentionEditorProps {
  target: VersionTarget;
  current: ObjectRetention | null;
  /** After a change the server accepted: read the lock again (this editor then starts over). */
  onSaved: () => Promise<unknown>;
  /** Any edit: the section's "saved" note goes. */
  onEdit: () => void;
  /** False where the provider cannot remove a retention, only shorten it (Ceph RGW). */
  canRemove: boolean;
  providerLabel: string;
}

const DAY_MS = 86_400_000;

/**
 * Sets or extends a version's retention. Shortening, removing or changing a running governance
 * retention is offered only once "Bypass governance retention" is ticked; running compliance
 * retention can only be kept or extended.
 */
export function RetentionEditor(props: RetentionEditorProps) {
  const { target, current, onSaved, onEdit, canRemove } = props;
  const id = useId();
  const client = useContract();
  const [mode, setMode] = useState<RetentionMode>(current?.mode ?? 'GOVERNANCE');
  const [until, setUntil] = useState(() =>
    toLocalInput(current?.retainUntil ?? new Date(Date.now() + DAY_MS).toISOString()),
  );
  const [bypass, setBypass] = useState(false);
  const now = Date.now();
  const retainUntil = fromLocalInput(until);
  const untilProblem =
    retainUntil === undefined
      ? m.untilMissing
      : Date.parse(retainUntil) <= now
        ? m.untilPast
        : undefined;
  const next = retainUntil === undefined ? null : { mode, retainUntil };
  const setChange = untilProblem === undefined ? retentionChange(current, next, now) : 'same';
  const removeChange =
    current === null || !canRemove ? 'same' : retentionChange(current, null, now);
  const bypassable = setChange === 'bypass' || removeChange === 'bypass';

  const save = useMutation({
    mutationFn: async (retention: ObjectRetention | null) => {
      const change = retention === null ? removeChange : setChange;
      await client.invoke('objects.retention.put', {
        ...target,
        retention,
        ...(change === 'bypass' ? { bypassGovernance: true } : {}),
      });
      await onSaved();
    },
  });
  const allowed = (change: string): boolean =>
    change === 'extend' || (change === 'bypass' && bypass);

  return (
    <div className="lock-editor">
      <div className="field-row">
        <ChoiceField
          id={`${id}-mode`}
          label={m.modeLabel}
          hint={m.modeHints[mode]}
          value={mode}
          choices={retentionModeSchema.options}
          labels={m.modes}
          onChange={(value) => {
            onEdit();
            setMode(value);
          }}
        />
        <FormField id={`${id}-until`} label={m.untilLabel} error={untilProblem}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={until}
              onChange={(event) => {
                onEdit();
                setUntil(event.target.value);
              }}
            />
          )}
        </FormField>
      </div>
      {current !== null && !canRemove && (
        <p className="field-hint">{m.cannotRemove(props.providerLabel)}</p>
      )}
      {(setChange === 'forbidden' || removeChange === 'forbidden') && (
        <p className="field-hint">{m.forbidden}</p>
      )}
      {bypassable && (
        <CheckField
          id={`${id}-bypass`}
          label={m.bypassLabel}
          hint={m.bypassHint}
          checked={bypass}
          onChange={setBypass}
        />
      )}
      {save.isError && (
        <p className="message message-error" role="alert">
          {errorMessage(save.error)}
        </p>
      )}
      <div className="lock-actions">
        {current !== null && canRemove && (
          <button
            type="button"
            className="button"
            disabled={save.isPending || !allowed(removeChange)}
            onClick={() => save.mutate(null)}
          >
            {m.removeRetention}
          </button>
        )}
        <span className="spacer" />
        <button
          type="button"
          className="button button-primary"
          disabled={save.isPending || next === null || !allowed(setChange)}
          onClick={() => {
            if (next !== null) save.mutate(next);
          }}
        >
          {save.isPending ? m.saving : m.setRetention}
        </button>
      </div>
    </div>
  );
}
