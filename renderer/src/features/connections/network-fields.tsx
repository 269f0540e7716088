import { useMutation, useQuery } from '@tanstack/react-query';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import { connectTimeoutLimits } from '../../../../shared/domain/network.js';
import { useContract } from '../../contract/contract-context.js';
import { hostInfoQuery } from '../../contract/queries.js';
import { errorMessage } from '../../contract/contract-error.js';
import { formatDate } from '../../lib/format-date.js';
import { CheckField } from '../../ui/check-field.js';
import { ChoiceField } from '../../ui/choice-field.js';
import { FormField } from '../../ui/form-field.js';
import { grantForFile, pickFileNatively } from '../connection-files/pick-connection-file.js';
import { fieldLabels } from './connection-form.js';
import type { ConnectionFormValues, FieldErrors, FieldName } from './connection-form.js';
import { proxyModes, proxySchemes, trustModes } from './network-form.js';
import type { NetworkFormValues } from './network-form.js';
import { networkMessages as nm } from './network-messages.js';

type NetworkTextField =
  'proxyHost' | 'proxyPort' | 'proxyUsername' | 'proxyPassword' | 'connectTimeout';

interface NetworkFieldsProps {
  values: ConnectionFormValues;
  errors: FieldErrors;
  /** The connection edited, whose stored proxy password is kept unless retyped. */
  stored: ProfileSummary | undefined;
  editing: boolean;
  fieldId: (field: FieldName) => string;
  text: (field: NetworkTextField) => {
    value: string;
    onChange: (event: { target: { value: string } }) => void;
  };
  update: (next: ConnectionFormValues, field: FieldName) => void;
}

const plainText = { type: 'text', autoComplete: 'off', spellCheck: false } as const;

/** What the chosen PEM holds, read by the core: subject, issuer, validity, fingerprint. */
function CertificateList({ pem }: { pem: string }) {
  const client = useContract();
  const described = useQuery({
    queryKey: ['network', 'certificates', pem],
    queryFn: () => client.invoke('network.readCertificates', { pem }),
    staleTime: Infinity,
    retry: false,
  });
  if (described.isError)
    return (
      <p className="message message-error" role="alert">
        {errorMessage(described.error)}
      </p>
    );
  if (described.data === undefined) return <p className="muted">{nm.readingCertificate}</p>;
  return (
    <ul className="certificate-list" aria-label={nm.certificateList}>
      {described.data.certificates.map((c) => (
        <li key={c.fingerprint256} className="certificate-item">
          <dl>
            <dt>{nm.certificateSubject}</dt>
            <dd>{c.subject}</dd>
            <dt>{nm.certificateIssuer}</dt>
            <dd>{c.issuer}</dd>
            <dt>{nm.certificateValidity}</dt>
            <dd>{nm.certificateValidRange(formatDate(c.validFrom), formatDate(c.validTo))}</dd>
            <dt>{nm.certificateFingerprint}</dt>
            <dd className="fingerprint">{c.fingerprint256}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** The certificate file: the host's picker, then the core reads it through the grant. */
function CertificateChooser(props: NetworkFieldsProps) {
  const { values, errors, fieldId, update } = props;
  const client = useContract();
  const nativePicker = window.holdall?.pickUploadFiles !== undefined;
  const choose = useMutation({
    mutationFn: async (file?: File) => {
      const grant = file === undefined ? await pickFileNatively() : await grantForFile(file);
      return grant === null ? null : client.invoke('network.readCertificates', { grant });
    },
    onSuccess: (read) => {
      if (read === null) return;
      update(
        {
          ...values,
          trustPem: read.pem,
          trustFingerprint: read.certificates[0]?.fingerprint256 ?? '',
        },
        'trustPem',
      );
    },
  });
  const id = fieldId('trustPem');
  return (
    <FormField
      id={id}
      label={fieldLabels.trustPem}
      error={errors.trustPem}
      hint={values.trustMode === 'pinned' ? nm.trustPinnedHint : nm.trustBundleHint}
    >
      {(control) => (
        <div className="certificate-chooser">
          {nativePicker ? (
            <button
              {...control}
              type="button"
              className="button"
              onClick={() => choose.mutate(undefined)}
            >
              {nm.chooseCertificate}
            </button>
          ) : (
            <input
              {...control}
              type="file"
              accept=".pem,.crt,.cer,application/x-pem-file"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file !== undefined) choose.mutate(file);
              }}
            />
          )}
          {choose.isPending && <p className="muted">{nm.readingCertificate}</p>}
          {choose.isError && (
            <p className="message message-error" role="alert">
              {errorMessage(choose.error)}
            </p>
          )}
          {values.trustPem !== '' && <CertificateList pem={values.trustPem} />}
        </div>
      )}
    </FormField>
  );
}

/** Proxy, trusted certificates and connect timeout, inside the form's "Advanced" part. */
export function NetworkFields(props: NetworkFieldsProps) {
  const { values, errors, stored, editing, fieldId, text, update } = props;
  const storedPassword = editing && stored?.hasProxyPassword === true;
  // Only the desktop app can ask the operating system; the browser host says what it does instead.
  const hostKind = useQuery(hostInfoQuery(useContract())).data?.kind;
  const desktop = hostKind === undefined ? undefined : hostKind === 'electron';
  const choose = <F extends 'proxyMode' | 'trustMode'>(
    field: F,
    choice: NetworkFormValues[F],
  ): void => update({ ...values, [field]: choice }, field);
  return (
    <fieldset className="connection-network">
      <legend>{nm.network}</legend>
      <ChoiceField
        id={fieldId('proxyMode')}
        label={fieldLabels.proxyMode}
        value={values.proxyMode}
        choices={proxyModes}
        labels={nm.proxyModes}
        onChange={(mode) => choose('proxyMode', mode)}
      />
      {values.proxyMode === 'environment' && (
        <p className="field-hint">{nm.proxyEnvironmentHint}</p>
      )}
      {values.proxyMode === 'system' && (
        <p className="field-hint">
          {desktop === false ? nm.proxySystemWebHint : nm.proxySystemHint}
        </p>
      )}
      {values.proxyMode === 'url' && (
        <>
          <ChoiceField
            id={fieldId('proxyScheme')}
            label={fieldLabels.proxyScheme}
            value={values.proxyScheme}
            choices={proxySchemes}
            labels={nm.proxySchemes}
            onChange={(scheme) => update({ ...values, proxyScheme: scheme }, 'proxyScheme')}
          />
          <div className="field-row">
            <FormField
              id={fieldId('proxyHost')}
              label={fieldLabels.proxyHost}
              error={errors.proxyHost}
            >
              {(control) => <input {...control} {...plainText} {...text('proxyHost')} />}
            </FormField>
            <FormField
              id={fieldId('proxyPort')}
              label={fieldLabels.proxyPort}
              error={errors.proxyPort}
            >
              {(control) => (
                <input {...control} {...plainText} inputMode="numeric" {...text('proxyPort')} />
              )}
            </FormField>
          </div>
          <div className="field-row">
            <FormField
              id={fieldId('proxyUsername')}
              label={fieldLabels.proxyUsername}
              error={errors.proxyUsername}
            >
              {(control) => <input {...control} {...plainText} {...text('proxyUsername')} />}
            </FormField>
            <FormField
              id={fieldId('proxyPassword')}
              label={fieldLabels.proxyPassword}
              error={errors.proxyPassword}
              hint={storedPassword ? nm.proxyPasswordKeepHint : nm.proxyPasswordHint}
            >
              {(control) => (
                <input
                  {...control}
                  type="password"
                  autoComplete="new-password"
                  disabled={values.clearProxyPassword}
                  placeholder={storedPassword ? nm.proxyPasswordPlaceholder : undefined}
                  {...text('proxyPassword')}
                />
              )}
            </FormField>
          </div>
          {storedPassword && (
            <CheckField
              id={fieldId('clearProxyPassword')}
              label={fieldLabels.clearProxyPassword}
              hint={nm.proxyPasswordHint}
              checked={values.clearProxyPassword}
              onChange={(checked) =>
                update(
                  { ...values, clearProxyPassword: checked, proxyPassword: '' },
                  'clearProxyPassword',
                )
              }
            />
          )}
        </>
      )}
      <ChoiceField
        id={fieldId('trustMode')}
        label={fieldLabels.trustMode}
        value={values.trustMode}
        choices={trustModes}
        labels={nm.trustModes}
        onChange={(mode) => choose('trustMode', mode)}
      />
      {values.trustMode !== 'system' && <CertificateChooser {...props} />}
      <FormField
        id={fieldId('connectTimeout')}
        label={fieldLabels.connectTimeout}
        error={errors.connectTimeout}
        hint={nm.connectTimeoutHint(connectTimeoutLimits.default)}
      >
        {(control) => (
          <input {...control} {...plainText} inputMode="numeric" {...text('connectTimeout')} />
        )}
      </FormField>
    </fieldset>
  );
}
