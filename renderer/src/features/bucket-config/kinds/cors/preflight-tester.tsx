import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { corsMethods } from '../../../../../../shared/domain/config/cors.js';
import type { CorsMethod } from '../../../../../../shared/domain/config/cors.js';
import type { PreflightAnswer } from '../../../../../../shared/domain/config/cors-preflight.js';
import { useContract } from '../../../../contract/contract-context.js';
import { ListField } from '../../list-field.js';
import { ServerError } from '../../server-error.js';
import { SelectField, TextField, ToolSection } from '../fields.js';
import { useConfigTarget } from '../target-context.js';
import { corsMessages } from './messages.js';

function PreflightResult({ answer }: { answer: PreflightAnswer }) {
  const m = corsMessages.preflight;
  return (
    <div className="kind-preflight-result" data-testid="preflight-result">
      <p>
        <code>{m.status(answer.url, answer.status)}</code>
      </p>
      <p
        className={
          answer.refusal === undefined ? 'message message-success' : 'message message-error'
        }
      >
        {answer.refusal === undefined ? m.allowed : m.refused[answer.refusal]}
      </p>
      {answer.headers.length === 0 ? (
        <p className="muted">{m.noHeaders}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{m.headerName}</th>
              <th scope="col">{m.headerValue}</th>
            </tr>
          </thead>
          <tbody>
            {answer.headers.map((header) => (
              <tr key={header.name}>
                <td>
                  <code>{header.name}</code>
                </td>
                <td>
                  <code>{header.value}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** Sends a real OPTIONS request from the host, as a browser would before a cross-origin call. */
export function PreflightTester() {
  // Read on each render, never at load: the language can change while Holdall runs.
  const m = corsMessages.preflight;
  const id = useId();
  const client = useContract();
  const { profileId, bucket } = useConfigTarget();
  const [origin, setOrigin] = useState('https://app.example');
  const [method, setMethod] = useState<CorsMethod>('PUT');
  const [requestHeaders, setRequestHeaders] = useState<string[]>([]);
  const [key, setKey] = useState<string | undefined>();
  const send = useMutation({
    mutationFn: () =>
      client.invoke('cors.testPreflight', {
        profileId,
        bucket,
        origin,
        method,
        requestHeaders,
        ...(key === undefined ? {} : { key }),
      }),
  });
  return (
    <ToolSection id={id} title={m.title} intro={m.intro}>
      <div className="field-row">
        <TextField
          id={`${id}-origin`}
          label={m.origin}
          value={origin}
          placeholder="https://app.example"
          onChange={(value) => setOrigin(value ?? '')}
        />
        <SelectField
          id={`${id}-method`}
          label={m.method}
          value={method}
          options={corsMethods.map((value) => ({ value, label: value }))}
          onChange={(value) => setMethod(value ?? 'GET')}
        />
      </div>
      <div className="field-row">
        <ListField
          id={`${id}-headers`}
          label={m.headers}
          hint={m.headersHint}
          separator="comma"
          values={requestHeaders}
          onChange={setRequestHeaders}
        />
        <TextField id={`${id}-key`} label={m.key} hint={m.keyHint} value={key} onChange={setKey} />
      </div>
      <div className="config-row-actions">
        <button
          type="button"
          className="button"
          disabled={send.isPending}
          onClick={() => send.mutate()}
        >
          {send.isPending ? m.sending : m.send}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {send.isError && <ServerError error={send.error} />}
        {send.data !== undefined && <PreflightResult answer={send.data} />}
      </div>
    </ToolSection>
  );
}
