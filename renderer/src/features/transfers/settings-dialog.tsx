import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { FormField } from '../../ui/form-field.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { ChoiceField } from '../../ui/choice-field.js';
import { nameOrder, nameOrders, setNameOrder } from '../objects/name-order.js';
import { sortMessages } from '../objects/sort-messages.js';
import { OpenChoiceField } from '../open-download/open-choice-field.js';
import { openChoice, setOpenChoice } from '../open-download/open-setting.js';
import { ConflictPolicyField } from './conflict-policy-field.js';
import { messages } from './messages.js';
import { checkSettingsForm, formFromSettings, rateUnits } from './settings-form.js';
import type { EditableSettings, RateUnit, SettingsForm } from './settings-form.js';
import { uploadConflict } from './upload-conflict-setting.js';
import { transferSettingsQuery, useTransferSettings } from './use-transfer-settings.js';
import { DialogActions } from '../../ui/dialog-actions.js';

interface SettingsDialogProps {
  onClose: () => void;
}

/** Loads what the host stores first, so the form never starts from guesses. */
export function SettingsDialog({ onClose }: SettingsDialogProps) {
  const settings = useTransferSettings();
  return (
    <ModalDialog title={messages.settingsTitle} onClose={onClose} className="settings-dialog">
      {settings.isSuccess ? (
        <SettingsFormView stored={settings.data} onClose={onClose} />
      ) : settings.isError ? (
        <>
          <p className="message message-error" role="alert">
            {messages.settingsLoadFailed} {errorMessage(settings.error)}
          </p>
          <DialogActions cancelLabel={messages.close} onCancel={onClose} />
        </>
      ) : (
        <p className="muted">…</p>
      )}
    </ModalDialog>
  );
}

function SettingsFormView({ stored, onClose }: { stored: EditableSettings; onClose: () => void }) {
  const client = useContract();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(stored));
  // Kept by this window, not the host, like the language; saved with the rest.
  const [opens, setOpens] = useState(openChoice);
  const [names, setNames] = useState(nameOrder);
  const [onConflict, setOnConflict] = useState(uploadConflict.get);
  const id = useId();
  // Checked as the user types; nothing is sent while any field is wrong.
  const check = checkSettingsForm(form);
  const errors = check.ok ? {} : check.errors;
  const change = (patch: Partial<SettingsForm>) => setForm((current) => ({ ...current, ...patch }));

  const save = useMutation({
    mutationFn: (next: EditableSettings) => client.invoke('transfers.settings.set', next),
    onSuccess: (saved) => {
      queryClient.setQueryData(transferSettingsQuery(client).queryKey, saved);
      onClose();
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!check.ok) return;
    setOpenChoice(opens);
    setNameOrder(names);
    uploadConflict.set(onConflict);
    save.mutate(check.settings);
  };

  return (
    <form className="connection-form" onSubmit={onSubmit} noValidate>
      <div className="field-row">
        <WholeNumberField
          id={`${id}-files`}
          label={messages.filesAtOnce}
          hint={messages.filesAtOnceHint}
          error={errors.concurrency}
          value={form.concurrency}
          onChange={(concurrency) => change({ concurrency })}
        />
        <WholeNumberField
          id={`${id}-parts`}
          label={messages.partsPerFile}
          hint={messages.partsPerFileHint}
          error={errors.partConcurrency}
          value={form.partConcurrency}
          onChange={(partConcurrency) => change({ partConcurrency })}
        />
      </div>
      <FormField
        id={`${id}-limit`}
        label={messages.bandwidthLimit}
        hint={messages.bandwidthHint}
        error={errors.limit}
      >
        {(control) => (
          <div className="rate-field">
            <label className="rate-check">
              <input
                type="checkbox"
                checked={form.limitOn}
                onChange={(event) => change({ limitOn: event.target.checked })}
              />
              {messages.limitOn}
            </label>
            <input
              {...control}
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              disabled={!form.limitOn}
              value={form.limitValue}
              onChange={(event) => change({ limitValue: event.target.value })}
            />
            <select
              aria-label={messages.rateUnit}
              disabled={!form.limitOn}
              value={form.limitUnit}
              onChange={(event) => change({ limitUnit: event.target.value as RateUnit })}
            >
              {rateUnits.map((unit) => (
                <option key={unit} value={unit}>
                  {messages.rateUnits[unit]}
                </option>
              ))}
            </select>
          </div>
        )}
      </FormField>
      <OpenChoiceField id={`${id}-opens`} value={opens} onChange={setOpens} />
      <ChoiceField
        id={`${id}-names`}
        label={sortMessages.nameOrderSetting}
        hint={sortMessages.nameOrderHint}
        value={names}
        choices={nameOrders}
        labels={sortMessages.nameOrders}
        onChange={setNames}
      />
      <ConflictPolicyField
        id={`${id}-upload-conflict`}
        label={messages.uploadConflict}
        hint={messages.uploadConflictHint}
        value={onConflict}
        onChange={setOnConflict}
      />
      {save.isError && (
        <p className="message message-error" role="alert">
          {errorMessage(save.error)}
        </p>
      )}
      <DialogActions
        cancelLabel={messages.close}
        onCancel={onClose}
        submitLabel={save.isPending ? messages.saving : messages.save}
        busy={save.isPending}
      />
    </form>
  );
}

interface WholeNumberFieldProps {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}

function WholeNumberField({ id, label, hint, error, value, onChange }: WholeNumberFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
