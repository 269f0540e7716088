import { useId } from 'react';
import type {
  RoutingCondition,
  RoutingRedirect,
  RoutingRule,
  WebsiteProtocol,
} from '../../../../../../shared/domain/config/website.js';
import type { FieldErrors } from '../../config-kind.js';
import { withoutUndefined } from '../s3-document/s3-values.js';
import { ItemFieldset, NumberField, SelectField, TextField } from '../fields.js';
import { websiteMessages as m } from './messages.js';

export const protocolOptions: readonly { value: WebsiteProtocol; label: string }[] = [
  { value: 'http', label: 'http' },
  { value: 'https', label: 'https' },
];

interface RoutingRuleFieldsProps {
  rule: RoutingRule;
  index: number;
  errors: FieldErrors;
  onChange: (rule: RoutingRule) => void;
  onRemove: () => void;
}

/** One routing rule: an optional condition and where matching requests go. */
export function RoutingRuleFields({
  rule,
  index,
  errors,
  onChange,
  onRemove,
}: RoutingRuleFieldsProps) {
  const id = useId();
  const path = `routingRules.${index}`;
  const condition = rule.condition ?? {};
  const setCondition = (change: Partial<RoutingCondition>): void => {
    const next = withoutUndefined({ ...condition, ...change });
    // Both parts empty: no condition, the rule applies to every request.
    const { condition: _old, ...rest } = rule;
    onChange(Object.keys(next).length === 0 ? rest : { ...rest, condition: next });
  };
  const setRedirect = (change: Partial<RoutingRedirect>): void =>
    onChange({ ...rule, redirect: withoutUndefined({ ...rule.redirect, ...change }) });
  const conditionError = errors[`${path}.condition`];
  const redirectError = errors[`${path}.redirect`];
  return (
    <ItemFieldset legend={m.rule(index + 1)} removeLabel={m.removeRule} onRemove={onRemove}>
      <div className="field-row">
        <TextField
          id={`${id}-prefix`}
          label={m.keyPrefixEquals}
          value={condition.keyPrefixEquals}
          placeholder="docs/"
          error={errors[`${path}.condition.keyPrefixEquals`] ?? conditionError}
          onChange={(keyPrefixEquals) => setCondition({ keyPrefixEquals })}
        />
        <NumberField
          id={`${id}-error-code`}
          label={m.httpErrorCode}
          value={condition.httpErrorCodeReturnedEquals}
          placeholder="404"
          error={errors[`${path}.condition.httpErrorCodeReturnedEquals`]}
          onChange={(httpErrorCodeReturnedEquals) => setCondition({ httpErrorCodeReturnedEquals })}
        />
      </div>
      <div className="field-row">
        <TextField
          id={`${id}-host`}
          label={m.redirectHostName}
          value={rule.redirect.hostName}
          placeholder="www.example.com"
          error={errors[`${path}.redirect.hostName`] ?? redirectError}
          onChange={(hostName) => setRedirect({ hostName })}
        />
        <SelectField
          id={`${id}-protocol`}
          label={m.protocol}
          value={rule.redirect.protocol}
          options={protocolOptions}
          unsetLabel={m.sameProtocol}
          error={errors[`${path}.redirect.protocol`]}
          onChange={(protocol) => setRedirect({ protocol })}
        />
      </div>
      <div className="field-row">
        <TextField
          id={`${id}-replace-prefix`}
          label={m.replaceKeyPrefixWith}
          value={rule.redirect.replaceKeyPrefixWith}
          error={errors[`${path}.redirect.replaceKeyPrefixWith`]}
          onChange={(replaceKeyPrefixWith) => setRedirect({ replaceKeyPrefixWith })}
        />
        <TextField
          id={`${id}-replace-key`}
          label={m.replaceKeyWith}
          value={rule.redirect.replaceKeyWith}
          error={errors[`${path}.redirect.replaceKeyWith`]}
          onChange={(replaceKeyWith) => setRedirect({ replaceKeyWith })}
        />
        <NumberField
          id={`${id}-code`}
          label={m.redirectCode}
          value={rule.redirect.httpRedirectCode}
          placeholder="301"
          error={errors[`${path}.redirect.httpRedirectCode`]}
          onChange={(httpRedirectCode) => setRedirect({ httpRedirectCode })}
        />
      </div>
    </ItemFieldset>
  );
}
