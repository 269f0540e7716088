import { useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Topic } from '../../../../../../shared/domain/config/topics.js';
import { FormField } from '../../../../ui/form-field.js';
import { TextField } from '../fields.js';
import { notificationMessages as m } from './messages.js';
import { useContract } from '../../../../contract/contract-context.js';
import type { ContractClient } from '../../../../contract/contract-client.js';

export function topicsQueryKey(profileId: string) {
  return ['topics', profileId] as const;
}

export function useTopics(profileId: string): UseQueryResult<Topic[]> {
  const client: ContractClient = useContract();
  return useQuery({
    queryKey: topicsQueryKey(profileId),
    queryFn: () => client.invoke('topics.list', { profileId }),
  });
}

interface TopicFieldProps {
  id: string;
  profileId: string;
  value: string;
  error: string | undefined;
  onChange: (arn: string) => void;
}

/** The endpoint's topics to pick from; a typed ARN where the list is empty or unreadable. */
export function TopicField({ id, profileId, value, error, onChange }: TopicFieldProps) {
  const topics = useTopics(profileId);
  if (topics.isPending) return <p className="muted">{m.topicsLoading}</p>;
  const list = topics.data ?? [];
  if (list.length === 0) {
    return (
      <TextField
        id={id}
        label={m.topicArn}
        hint={topics.isError ? m.topicsUnavailable : m.noTopics}
        value={value === '' ? undefined : value}
        placeholder="arn:aws:sns:us-east-1::my-topic"
        error={error}
        onChange={(arn) => onChange(arn ?? '')}
      />
    );
  }
  const listed = list.some((topic) => topic.arn === value);
  return (
    <FormField id={id} label={m.topic} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{m.chooseTopic}</option>
          {!listed && value !== '' && <option value={value}>{value}</option>}
          {list.map((topic) => (
            <option key={topic.arn} value={topic.arn}>
              {topic.pushEndpoint === null ? topic.name : `${topic.name} → ${topic.pushEndpoint}`}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
