import { useId } from 'react';
import type {
  LifecycleExpiration,
  LifecycleRule,
  LifecycleTransition,
} from '../../../../../../shared/domain/config/lifecycle.js';
import type { FieldErrors } from '../../config-kind.js';
import { NumberField, removeAt, replaceAt, SelectField } from '../fields.js';
import { withoutUndefined } from '../s3-document/s3-values.js';
import { DateField, StorageClassField } from './lifecycle-fields.js';
import { lifecycleMessages as m } from './messages.js';

type ExpirationMode = keyof typeof m.expirationModes;

function modeOf(e: LifecycleExpiration | undefined): ExpirationMode {
  if (e === undefined) return 'none';
  if (e.date !== undefined) return 'date';
  if (e.expiredObjectDeleteMarker === true) return 'marker';
  return 'days';
}

/** A new mode starts empty (days, date) so nothing is decided for the person. */
function expirationFor(mode: ExpirationMode): LifecycleExpiration | undefined {
  if (mode === 'none') return undefined;
  if (mode === 'marker') return { expiredObjectDeleteMarker: true };
  return mode === 'date' ? { date: '' } : {};
}

interface ActionsProps {
  rule: LifecycleRule;
  path: string;
  errors: FieldErrors;
  offeredClasses: readonly string[];
  /** Whether the provider keeps a count of noncurrent versions (RGW 16 drops it). */
  keepsNewerVersions: boolean;
  onChange: (rule: LifecycleRule) => void;
}

/** What a rule does: expire, move, clean up noncurrent versions and incomplete uploads. */
export function LifecycleActions({
  rule,
  path,
  errors,
  offeredClasses,
  keepsNewerVersions,
  onChange,
}: ActionsProps) {
  const id = useId();
  const e = rule.expiration;
  const mode = modeOf(e);
  const set = (change: Partial<LifecycleRule>): void =>
    onChange(withoutUndefined({ ...rule, ...change }));
  const setTransition = (index: number, t: LifecycleTransition): void =>
    set({ transitions: replaceAt(rule.transitions, index, withoutUndefined(t)) });
  const n = rule.noncurrentExpiration;
  const modes = (Object.keys(m.expirationModes) as ExpirationMode[]).map((value) => ({
    value,
    label: m.expirationModes[value],
  }));
  const classHint = m.storageClassHint(offeredClasses.join(', '));
  return (
    <fieldset className="config-fieldset">
      <legend>{m.actions}</legend>
      <div className="field-row">
        <SelectField
          id={`${id}-expiration`}
          label={m.expiration}
          value={mode}
          options={modes}
          error={errors[`${path}.expiration.expiredObjectDeleteMarker`]}
          onChange={(next) => set({ expiration: expirationFor(next ?? 'none') })}
        />
        {mode === 'days' && (
          <NumberField
            id={`${id}-expiration-days`}
            label={m.days}
            min={1}
            value={e?.days}
            error={errors[`${path}.expiration.days`]}
            onChange={(days) => set({ expiration: withoutUndefined({ days }) })}
          />
        )}
        {mode === 'date' && (
          <DateField
            id={`${id}-expiration-date`}
            label={m.date}
            value={e?.date}
            error={errors[`${path}.expiration.date`] ?? errors[`${path}.expiration.days`]}
            onChange={(date) => set({ expiration: { date: date ?? '' } })}
          />
        )}
      </div>
      <h4 className="config-heading">{m.transitions}</h4>
      {rule.transitions.map((t, index) => {
        const at = `${path}.transitions.${index}`;
        return (
          <fieldset className="config-fieldset" key={index}>
            <legend>{m.transition(index + 1)}</legend>
            <div className="field-row">
              <NumberField
                id={`${id}-t${index}-days`}
                label={m.transitionDays(index + 1)}
                min={0}
                value={t.days}
                error={errors[`${at}.days`]}
                onChange={(days) => setTransition(index, { ...t, days })}
              />
              <DateField
                id={`${id}-t${index}-date`}
                label={m.transitionDate(index + 1)}
                value={t.date}
                error={errors[`${at}.date`]}
                onChange={(date) => setTransition(index, { ...t, date })}
              />
              <StorageClassField
                id={`${id}-t${index}-class`}
                label={m.storageClass(index + 1)}
                hint={classHint}
                value={t.storageClass}
                offered={offeredClasses}
                error={errors[`${at}.storageClass`]}
                onChange={(storageClass) => setTransition(index, { ...t, storageClass })}
              />
            </div>
            <div className="config-row-actions">
              <button
                type="button"
                className="button button-small"
                onClick={() => set({ transitions: removeAt(rule.transitions, index) })}
              >
                {m.removeTransition(index + 1)}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="config-row-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() =>
            set({
              transitions: [...rule.transitions, { storageClass: offeredClasses.at(-1) ?? '' }],
            })
          }
        >
          {m.addTransition}
        </button>
      </div>
      <div className="field-row">
        <NumberField
          id={`${id}-noncurrent-days`}
          label={m.noncurrentDays}
          hint={m.noncurrentDaysHint}
          min={1}
          value={n?.noncurrentDays}
          error={errors[`${path}.noncurrentExpiration.noncurrentDays`]}
          onChange={(noncurrentDays) =>
            set({
              noncurrentExpiration:
                noncurrentDays === undefined && n?.newerNoncurrentVersions === undefined
                  ? undefined
                  : withoutUndefined({
                      noncurrentDays: noncurrentDays ?? Number.NaN,
                      newerNoncurrentVersions: n?.newerNoncurrentVersions,
                    }),
            })
          }
        />
        {(keepsNewerVersions || n?.newerNoncurrentVersions !== undefined) && (
          <NumberField
            id={`${id}-newer-noncurrent`}
            label={m.newerNoncurrent}
            hint={m.newerNoncurrentHint}
            min={1}
            value={n?.newerNoncurrentVersions}
            error={errors[`${path}.noncurrentExpiration.newerNoncurrentVersions`]}
            onChange={(newerNoncurrentVersions) =>
              set({
                noncurrentExpiration:
                  newerNoncurrentVersions === undefined && n === undefined
                    ? undefined
                    : withoutUndefined({
                        noncurrentDays: n?.noncurrentDays ?? Number.NaN,
                        newerNoncurrentVersions,
                      }),
              })
            }
          />
        )}
      </div>
      {rule.noncurrentTransitions.length > 0 && (
        <p className="muted kind-note">
          {m.noncurrentTransitionsKept(rule.noncurrentTransitions.length)}
        </p>
      )}
      <NumberField
        id={`${id}-abort`}
        label={m.abortDays}
        min={1}
        value={rule.abortIncompleteMultipartUpload?.daysAfterInitiation}
        error={errors[`${path}.abortIncompleteMultipartUpload.daysAfterInitiation`]}
        onChange={(daysAfterInitiation) =>
          set({
            abortIncompleteMultipartUpload:
              daysAfterInitiation === undefined ? undefined : { daysAfterInitiation },
          })
        }
      />
    </fieldset>
  );
}
