import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { topicDraftSchema } from '../../../../../../shared/domain/config/topics.js';
import type { Topic } from '../../../../../../shared/domain/config/topics.js';
import { useContract } from '../../../../contract/contract-context.js';
import { ServerError } from '../../server-error.js';
import { TextField, ToolSection } from '../fields.js';
import { schemaErrors } from '../s3-document/s3-definition.js';
import { notificationMessages } from './messages.js';
import { topicsQueryKey } from './topic-field.js';

interface CreateTopicProps {
  profileId: string;
  /** The topic exists on the server: the form picks it where a notification needs one. */
  onCreated: (topic: Topic) => void;
}

/** RGW-style topics: a name and the HTTP address the server pushes events to. */
export function CreateTopic({ profileId, onCreated }: CreateTopicProps) {
  // Read on each render, never at load: the language can change while Holdall runs.
  const m = notificationMessages.createTopic;
  const id = useId();
  const client = useContract();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [pushEndpoint, setPushEndpoint] = useState('');
  const [persistent, setPersistent] = useState(false);
  const [touched, setTouched] = useState(false);
  const draft = { name, pushEndpoint, persistent };
  const errors = touched ? schemaErrors(topicDraftSchema, draft) : {};
  const create = useMutation({
    mutationFn: () => client.invoke('topics.create', { profileId, ...draft }),
    onSuccess: async (topic) => {
      onCreated(topic);
      await queryClient.invalidateQueries({ queryKey: topicsQueryKey(profileId) });
    },
  });
  return (
    <ToolSection id={id} title={m.title} intro={m.intro}>
      <div className="field-row">
        <TextField
          id={`${id}-name`}
          label={m.name}
          value={name === '' ? undefined : name}
          placeholder="uploads"
          error={errors['name']}
          onChange={(value) => setName(value ?? '')}
        />
        <TextField
          id={`${id}-push`}
          label={m.pushEndpoint}
          value={pushEndpoint === '' ? undefined : pushEndpoint}
          placeholder="http://127.0.0.1:8080/events"
          error={errors['pushEndpoint']}
          onChange={(value) => setPushEndpoint(value ?? '')}
        />
      </div>
      <label className="check-field">
        <input
          type="checkbox"
          checked={persistent}
          onChange={(event) => setPersistent(event.target.checked)}
        />
        {m.persistent}
      </label>
      <div className="config-row-actions">
        <button
          type="button"
          className="button"
          disabled={create.isPending}
          onClick={() => {
            setTouched(true);
            if (Object.keys(schemaErrors(topicDraftSchema, draft)).length === 0) create.mutate();
          }}
        >
          {create.isPending ? m.creating : m.create}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {create.isError && <ServerError error={create.error} />}
        {create.isSuccess && (
          <p className="message message-success">{m.created(create.data.name)}</p>
        )}
      </div>
    </ToolSection>
  );
}
