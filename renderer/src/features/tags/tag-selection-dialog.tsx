import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { tagChangesSchema } from '../../../../shared/domain/tag-selection.js';
import { OBJECT_MAX_TAGS } from '../../../../shared/domain/tags.js';
import type { Tag } from '../../../../shared/domain/tags.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { schemaErrors } from '../bucket-config/kinds/s3-document/s3-definition.js';
import { DialogButtons } from '../object-actions/dialog-parts.js';
import '../object-actions/object-actions.css';
import { tagSelectionMessages as m } from './selection-messages.js';
import { TagRows } from './tag-rows.js';
import { TagSurveyTable } from './tag-survey-table.js';
import './tag-selection.css';

export interface TagSelectionTarget {
  profileId: string;
  bucket: string;
  keys: readonly string[];
}

interface TagSelectionDialogProps {
  target: TagSelectionTarget;
  onClose: () => void;
}

/**
 * One tag change for many objects: what they carry now (which keys differ), tags to add or
 * change and keys to remove; the core applies it object by object and reports each failure.
 */
export function TagSelectionDialog({ target, onClose }: TagSelectionDialogProps) {
  const client = useContract();
  const headingId = useId();
  const { profileId, bucket, keys } = target;
  const [set, setSet] = useState<Tag[]>([]);
  const [remove, setRemove] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const survey = useQuery({
    queryKey: ['tag-survey', profileId, bucket, keys],
    queryFn: ({ signal }) =>
      client.invoke('objects.tags.survey', { profileId, bucket, keys: [...keys] }, { signal }),
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
  const edit = useMutation({
    mutationFn: () =>
      client.invoke('objects.tags.editMany', {
        profileId,
        bucket,
        keys: [...keys],
        changes: { set, remove },
      }),
  });

  const errors = schemaErrors(tagChangesSchema, { set, remove });
  const empty = set.length === 0 && remove.length === 0;
  const fieldErrors = Object.keys(errors).filter((path) => path !== '');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (edit.isPending || edit.data !== undefined) return;
    setTried(true);
    if (empty || fieldErrors.length > 0) return;
    edit.mutate();
  };
  const locked = edit.isPending || edit.data !== undefined;
  const result = edit.data;

  return (
    <ModalDialog title={m.title(keys.length)} onClose={onClose}>
      <form className="oa-form" noValidate onSubmit={onSubmit}>
        <p>{m.intro(keys.length)}</p>
        <section className="ts-section" aria-labelledby={headingId}>
          <h3 id={headingId}>{m.currentTitle}</h3>
          {survey.isPending && (
            <p className="muted" role="status">
              {m.reading}
            </p>
          )}
          {survey.isError && (
            <p className="message message-error" role="alert">
              {errorMessage(survey.error)}
            </p>
          )}
          {survey.data !== undefined && (
            <>
              <TagSurveyTable survey={survey.data} remove={remove} onRemove={setRemove} />
              {survey.data.failures.length > 0 && (
                <div role="alert">
                  <p className="field-error">{m.unread(survey.data.failures.length)}</p>
                  <ul className="oa-failures">
                    {survey.data.failures.map((failure) => (
                      <li key={failure.key}>{`${failure.key}: ${failure.message}`}</li>
                    ))}
                  </ul>
                </div>
              )}
            </>
          )}
        </section>
        <TagRows
          legend={m.setLegend}
          tags={set}
          onChange={setSet}
          max={OBJECT_MAX_TAGS}
          errors={errors}
          base="set"
        />
        <p className="field-hint">{m.setHint}</p>
        {tried && !locked && (empty || fieldErrors.length > 0) && (
          <p className="message message-error" role="alert">
            {empty ? m.nothing : m.fixFirst}
          </p>
        )}
        {edit.isError && (
          <p className="message message-error" role="alert">
            {errorMessage(edit.error)}
          </p>
        )}
        {result !== undefined && (
          <p className="message message-success" role="status">
            {m.done(result.changed, result.unchanged)}
          </p>
        )}
        {result !== undefined && result.failures.length > 0 && (
          <div role="alert">
            <p className="field-error">{m.failedTitle(result.failures.length)}</p>
            <ul className="oa-failures" aria-label={m.failedTitle(result.failures.length)}>
              {result.failures.map((failure) => (
                <li key={failure.key}>{`${failure.key}: ${failure.message}`}</li>
              ))}
            </ul>
          </div>
        )}
        <DialogButtons
          started={locked}
          onClose={onClose}
          submit={
            result === undefined
              ? { label: m.apply, busyLabel: m.applying, busy: edit.isPending }
              : null
          }
        />
      </form>
    </ModalDialog>
  );
}
