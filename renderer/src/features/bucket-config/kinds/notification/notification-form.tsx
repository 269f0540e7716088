import { useId } from 'react';
import { knownS3Events } from '../../../../../../shared/domain/config/notification.js';
import type {
  NotificationConfig,
  NotificationFilter,
  TopicNotification,
} from '../../../../../../shared/domain/config/notification.js';
import type { ConfigFormProps, FieldErrors } from '../../config-kind.js';
import { errorUnder } from '../../field-errors.js';
import { ListField } from '../../list-field.js';
import { CheckboxGroup, ItemFieldset, ItemList, TextField } from '../fields.js';
import '../kinds.css';
import { withoutUndefined } from '../s3-document/s3-values.js';
import { useConfigTarget } from '../target-context.js';
import { CreateTopic } from './create-topic.js';
import { notificationMessages as m } from './messages.js';
import { TopicField } from './topic-field.js';

const isKnown = (event: string): boolean => (knownS3Events as readonly string[]).includes(event);

export function newTopicNotification(n: number): TopicNotification {
  return { id: `notification-${n}`, topicArn: '', events: ['s3:ObjectCreated:*'] };
}

interface EntryFieldsProps {
  entry: TopicNotification;
  index: number;
  profileId: string;
  errors: FieldErrors;
  onChange: (entry: TopicNotification) => void;
  onRemove: () => void;
}

function TopicNotificationFields({
  entry,
  index,
  profileId,
  errors,
  onChange,
  onRemove,
}: EntryFieldsProps) {
  const id = useId();
  const path = `topics.${index}`;
  const others = entry.events.filter((event) => !isKnown(event));
  const setFilter = (change: Partial<NotificationFilter>): void => {
    const filter = withoutUndefined({ ...entry.filter, ...change });
    const { filter: _old, ...rest } = entry;
    onChange(Object.keys(filter).length === 0 ? rest : { ...rest, filter });
  };
  return (
    <ItemFieldset legend={m.notification(index + 1)} removeLabel={m.remove} onRemove={onRemove}>
      <div className="field-row">
        <TextField
          id={`${id}-id`}
          label={m.id}
          hint={m.idHint}
          value={entry.id === '' ? undefined : entry.id}
          error={errors[`${path}.id`]}
          onChange={(value) => onChange({ ...entry, id: value ?? '' })}
        />
        <TopicField
          id={`${id}-topic`}
          profileId={profileId}
          value={entry.topicArn}
          error={errors[`${path}.topicArn`]}
          onChange={(topicArn) => onChange({ ...entry, topicArn })}
        />
      </div>
      <CheckboxGroup
        id={`${id}-events`}
        legend={m.events}
        options={knownS3Events}
        values={entry.events.filter(isKnown)}
        error={errors[`${path}.events`]}
        onChange={(known) => onChange({ ...entry, events: [...known, ...others] })}
      />
      <ListField
        id={`${id}-other-events`}
        label={m.otherEvents}
        hint={m.otherEventsHint}
        separator="comma"
        values={others}
        error={others
          .map((event) => errors[`${path}.events.${entry.events.indexOf(event)}`])
          .find((error) => error !== undefined)}
        onChange={(next) =>
          onChange({ ...entry, events: [...entry.events.filter(isKnown), ...next] })
        }
      />
      <div className="field-row">
        <TextField
          id={`${id}-prefix`}
          label={m.prefix}
          value={entry.filter?.prefix}
          placeholder="images/"
          error={errors[`${path}.filter.prefix`] ?? errors[`${path}.filter`]}
          onChange={(prefix) => setFilter({ prefix })}
        />
        <TextField
          id={`${id}-suffix`}
          label={m.suffix}
          value={entry.filter?.suffix}
          placeholder=".jpg"
          error={errors[`${path}.filter.suffix`]}
          onChange={(suffix) => setFilter({ suffix })}
        />
        <TextField
          id={`${id}-regex`}
          label={m.regex}
          hint={m.regexHint}
          value={entry.filter?.regex}
          error={errors[`${path}.filter.regex`]}
          onChange={(regex) => setFilter({ regex })}
        />
      </div>
    </ItemFieldset>
  );
}

/** Topic notifications (what every provider with notifications offers), and topic creation. */
export function NotificationForm({
  model,
  onChange,
  errors,
  context,
}: ConfigFormProps<NotificationConfig>) {
  const { profileId } = useConfigTarget();
  const setTopics = (topics: TopicNotification[]): void => onChange({ ...model, topics });
  const others = model.queues.length + model.cloudFunctions.length;
  const otherErrors = ['queues', 'cloudFunctions']
    .map((list) => errorUnder(errors, list))
    .filter((error) => error !== undefined);
  return (
    <div className="config-form">
      <p className="muted kind-note">{m.intro}</p>
      <ItemList
        items={model.topics}
        onChange={setTopics}
        newItem={() => newTopicNotification(model.topics.length + 1)}
        addLabel={m.add}
      >
        {(entry, index, edit) => (
          <TopicNotificationFields
            entry={entry}
            index={index}
            profileId={profileId}
            errors={errors}
            {...edit}
          />
        )}
      </ItemList>
      {others > 0 && <p className="muted kind-note">{m.othersKept(others)}</p>}
      {otherErrors.map((error) => (
        <p key={error} className="field-error">
          {error}
        </p>
      ))}
      {(context.provider === 'ceph' || context.provider === 'generic') && (
        <CreateTopic
          profileId={profileId}
          // People create a topic to use it: notifications still without one get it, else a new one.
          onCreated={(topic) =>
            setTopics(
              model.topics.some((entry) => entry.topicArn === '')
                ? model.topics.map((entry) =>
                    entry.topicArn === '' ? { ...entry, topicArn: topic.arn } : entry,
                  )
                : [
                    ...model.topics,
                    { ...newTopicNotification(model.topics.length + 1), topicArn: topic.arn },
                  ],
            )
          }
        />
      )}
    </div>
  );
}
