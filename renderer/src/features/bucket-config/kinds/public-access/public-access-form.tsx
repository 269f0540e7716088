import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import {
  publicAccessSettings,
  publicAccessWarnings,
} from '../../../../../../shared/domain/config/public-access.js';
import type {
  PublicAccessBlock,
  PublicAccessWarning,
} from '../../../../../../shared/domain/config/public-access.js';
import { useContract } from '../../../../contract/contract-context.js';
import type { ConfigFormProps } from '../../config-kind.js';
import { serverErrorText } from '../../server-error.js';
import '../kinds.css';
import '../protection.css';
import { useConfigTarget } from '../target-context.js';
import { exposureQuery } from './exposure-query.js';
import { publicAccessMessages as m } from './messages.js';

function warningText(warning: PublicAccessWarning): string {
  switch (warning.code) {
    case 'policyRestricted':
    case 'policyBlocked':
      return m.warnings[warning.code];
    case 'aclIgnored':
    case 'aclBlocked':
      return m.warnings[warning.code](warning.groups.map((g) => m.groups[g]).join(m.and));
  }
}

/** What the draft's settings would cut off, from the bucket's policy and ACL as they are. */
function Consequences({ block }: { block: PublicAccessBlock }) {
  const client = useContract();
  const read = useQuery(exposureQuery(client, useConfigTarget()));
  if (read.isPending) return <p className="muted">{m.checking}</p>;
  if (read.isError) return <p className="muted">{m.unreadable(serverErrorText(read.error))}</p>;
  const warnings = publicAccessWarnings(block, read.data.exposure);
  return (
    <section className="protection-consequences" aria-label={m.changesTitle}>
      {warnings.length === 0 ? (
        <p className="muted">{m.nothingChanges}</p>
      ) : (
        <ul className="protection-warnings">
          {warnings.map((warning) => (
            <li key={warning.code} className="protection-warning">
              {warningText(warning)}
            </li>
          ))}
        </ul>
      )}
      {read.data.unreadable.map((err, i) => (
        <p key={i} className="muted">
          {m.unreadable(serverErrorText(err))}
        </p>
      ))}
    </section>
  );
}

/** The four settings as switches, each in plain words, and what they would cut off. */
export function PublicAccessForm({ model, onChange, context }: ConfigFormProps<PublicAccessBlock>) {
  const id = useId();
  return (
    <div className="config-form">
      <p className="muted kind-note">{m.intro}</p>
      <fieldset className="config-fieldset protection-switches">
        <legend>{m.legend}</legend>
        {publicAccessSettings.map((setting) => (
          <div key={setting} className="protection-switch">
            <label>
              <input
                type="checkbox"
                role="switch"
                checked={model[setting]}
                aria-describedby={`${id}-${setting}`}
                onChange={(event) => onChange({ ...model, [setting]: event.target.checked })}
              />
              <span>{m.settings[setting]}</span>
            </label>
            <p id={`${id}-${setting}`} className="field-hint">
              {m.explain[setting]}
              {setting === 'restrictPublicBuckets' && context.provider === 'ceph' && (
                <> {m.rgwRestrict}</>
              )}
            </p>
          </div>
        ))}
      </fieldset>
      <Consequences block={model} />
    </div>
  );
}
