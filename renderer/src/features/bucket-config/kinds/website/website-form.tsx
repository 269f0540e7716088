import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import type { WebsiteConfig } from '../../../../../../shared/domain/config/website.js';
import { useContract } from '../../../../contract/contract-context.js';
import { profilesQuery } from '../../../../contract/queries.js';
import type { ConfigFormProps } from '../../config-kind.js';
import { ItemList, SelectField, TextField } from '../fields.js';
import '../kinds.css';
import { useConfigTarget } from '../target-context.js';
import { websiteMessages as m } from './messages.js';
import { protocolOptions, RoutingRuleFields } from './routing-rule-fields.js';
import { websiteEndpoint } from './website-endpoint.js';

export const emptyWebsite = (): WebsiteConfig => ({
  indexDocument: 'index.html',
  routingRules: [],
});

function EndpointNote() {
  const client = useContract();
  const { profileId, bucket } = useConfigTarget();
  const profile = useQuery(profilesQuery(client)).data?.find((p) => p.id === profileId);
  if (profile === undefined) return null;
  const endpoint = websiteEndpoint(profile, bucket);
  return (
    <p className="muted kind-note" aria-label={m.endpoint.title}>
      {endpoint.kind === 'known' ? m.endpoint.known(endpoint.url) : m.endpoint[endpoint.kind]}
    </p>
  );
}

/** Static website hosting: serve the bucket (index, error document, routing rules) or redirect all. */
export function WebsiteForm({ model, onChange, errors }: ConfigFormProps<WebsiteConfig>) {
  const id = useId();
  const all = model.redirectAllRequestsTo;
  const rules = model.routingRules;
  const setRules = (routingRules: WebsiteConfig['routingRules']): void =>
    onChange({ ...model, routingRules });
  return (
    <div className="config-form">
      <EndpointNote />
      <fieldset className="config-fieldset">
        <legend>{m.mode}</legend>
        <label className="check-field">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={all === undefined}
            onChange={() => onChange(emptyWebsite())}
          />
          {m.serve}
        </label>
        <label className="check-field">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={all !== undefined}
            onChange={() => onChange({ routingRules: [], redirectAllRequestsTo: { hostName: '' } })}
          />
          {m.redirectAll}
        </label>
      </fieldset>
      {all !== undefined ? (
        <div className="field-row">
          <TextField
            id={`${id}-all-host`}
            label={m.hostName}
            value={all.hostName}
            placeholder="www.example.com"
            error={errors['redirectAllRequestsTo.hostName']}
            onChange={(hostName) =>
              onChange({ ...model, redirectAllRequestsTo: { ...all, hostName: hostName ?? '' } })
            }
          />
          <SelectField
            id={`${id}-all-protocol`}
            label={m.protocol}
            value={all.protocol}
            options={protocolOptions}
            unsetLabel={m.sameProtocol}
            error={errors['redirectAllRequestsTo.protocol']}
            onChange={(protocol) => {
              const { protocol: _old, ...rest } = all;
              onChange({
                ...model,
                redirectAllRequestsTo: protocol === undefined ? rest : { ...rest, protocol },
              });
            }}
          />
        </div>
      ) : (
        <>
          <div className="field-row">
            <TextField
              id={`${id}-index`}
              label={m.indexDocument}
              hint={m.indexDocumentHint}
              value={model.indexDocument}
              placeholder="index.html"
              error={errors['indexDocument']}
              onChange={(indexDocument) => {
                const { indexDocument: _old, ...rest } = model;
                onChange(indexDocument === undefined ? rest : { ...rest, indexDocument });
              }}
            />
            <TextField
              id={`${id}-error`}
              label={m.errorDocument}
              hint={m.errorDocumentHint}
              value={model.errorDocument}
              placeholder="error.html"
              error={errors['errorDocument']}
              onChange={(errorDocument) => {
                const { errorDocument: _old, ...rest } = model;
                onChange(errorDocument === undefined ? rest : { ...rest, errorDocument });
              }}
            />
          </div>
          <h3 className="config-heading">{m.routingRules}</h3>
          <p className="muted kind-note">{m.routingRulesHint}</p>
          <ItemList
            items={rules}
            onChange={setRules}
            newItem={() => ({ redirect: { httpRedirectCode: 301 } })}
            addLabel={m.addRule}
            error={errors['routingRules']}
          >
            {(rule, index, edit) => (
              <RoutingRuleFields rule={rule} index={index} errors={errors} {...edit} />
            )}
          </ItemList>
        </>
      )}
    </div>
  );
}
