import { MIN_PASSPHRASE_LENGTH } from '../../../../shared/domain/connection-file.js';
import { FormField } from '../../ui/form-field.js';
import { connectionFileMessages as m } from './messages.js';

interface PassphraseFieldsProps {
  id: string;
  passphrase: string;
  /** Absent for an import, which types it once. */
  again?: string;
  onPassphrase: (value: string) => void;
  onAgain?: (value: string) => void;
}

/** The passphrase that seals (typed twice) or opens (once) a file's secrets. */
export function PassphraseFields({
  id,
  passphrase,
  again,
  onPassphrase,
  onAgain,
}: PassphraseFieldsProps) {
  return (
    <>
      <FormField
        id={`${id}-passphrase`}
        label={m.passphrase}
        hint={again === undefined ? undefined : m.passphraseHint(MIN_PASSPHRASE_LENGTH)}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete={again === undefined ? 'current-password' : 'new-password'}
            value={passphrase}
            onChange={(e) => onPassphrase(e.target.value)}
          />
        )}
      </FormField>
      {again !== undefined && onAgain !== undefined && (
        <FormField id={`${id}-again`} label={m.passphraseAgain}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={again}
              onChange={(e) => onAgain(e.target.value)}
            />
          )}
        </FormField>
      )}
    </>
  );
}
