import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ObjectHead } from '../../../../shared/domain/object-head.js';
import { objectTagSetSchema } from '../../../../shared/domain/tags.js';
import type { Tag } from '../../../../shared/domain/tags.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { objectKeys } from '../../contract/query-keys.js';
import { formatDate } from '../../lib/format-date.js';
import { formatSize } from '../../lib/format-size.js';
import { FormField } from '../../ui/form-field.js';
import { schemaErrors } from '../bucket-config/kinds/s3-document/s3-definition.js';
import { MetadataEditor } from './metadata-editor.js';
import { propertiesMessages as m } from './messages.js';
import { ObjectTagsField } from './object-tags-field.js';
import {
  checkDraft,
  copyOptionsFor,
  draftFromHead,
  draftHasProblems,
  editableHeaders,
} from './properties-draft.js';
import type { PropertiesDraft } from './properties-draft.js';

interface PropertiesFormProps {
  profileId: string;
  bucket: string;
  objectKey: string;
  head: ObjectHead;
  /** The stored tags; undefined when they could not be read (then never written). */
  tags: Tag[] | undefined;
  tagsUnreadable: string | undefined;
  storageClasses: readonly string[];
  /** Shown above the actions after a successful apply, until the next edit. */
  applied: boolean;
  onApplied: (applied: boolean) => void;
  onClose: () => void;
}

function Facts({ objectKey, head }: { objectKey: string; head: ObjectHead }) {
  return (
    <dl className="op-facts" aria-label={m.factsLabel}>
      <dt>{m.key}</dt>
      <dd data-testid="prop-key">{objectKey}</dd>
      <dt>{m.size}</dt>
      <dd data-testid="prop-size">{m.sizeValue(formatSize(head.size), head.size)}</dd>
      <dt>{m.lastModified}</dt>
      <dd>{formatDate(head.lastModified)}</dd>
      <dt>{m.etag}</dt>
      <dd data-testid="prop-etag">{head.etag ?? m.none}</dd>
      {head.versionId !== null && (
        <>
          <dt>{m.versionId}</dt>
          <dd>{head.versionId}</dd>
        </>
      )}
      <dt>{m.expires}</dt>
      <dd>{head.expires ?? m.none}</dd>
    </dl>
  );
}

const sameTags = (a: readonly Tag[], b: readonly Tag[]): boolean =>
  JSON.stringify(a) === JSON.stringify(b);
const sameDraft = (a: PropertiesDraft, b: PropertiesDraft): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** The stored facts and the editable headers of one object; Apply copies it onto itself. */
export function PropertiesForm(props: PropertiesFormProps) {
  const { profileId, bucket, objectKey, head } = props;
  const client = useContract();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftFromHead(head));
  const [tags, setTags] = useState(props.tags);
  const [submitted, setSubmitted] = useState(false);
  const problems = checkDraft(draft);
  const tagErrors = tags === undefined ? {} : schemaErrors(objectTagSetSchema, tags);
  const invalid = draftHasProblems(problems) || Object.keys(tagErrors).length > 0;

  const apply = useMutation({
    mutationFn: async () => {
      const tagsChanged = tags !== undefined && !sameTags(tags, props.tags ?? []);
      const restChanged = !sameDraft(draft, draftFromHead(head));
      // Tags alone are saved without rewriting the object; otherwise the copy goes first,
      // so the tags put afterwards land on the rewritten object.
      if (restChanged || !tagsChanged) {
        await client.invoke('objects.copy', {
          profileId,
          source: { bucket, key: objectKey },
          target: { bucket, key: objectKey },
          options: copyOptionsFor(draft, head),
        });
      }
      if (tagsChanged) {
        await client.invoke('objects.tags.put', { profileId, bucket, key: objectKey, tags });
      }
    },
    // Re-reads the head (the form then shows what the server stored) and the listing's
    // size, date and storage class columns. "Saved" shows only once the re-read is in: the form
    // starts again from it, so an edit typed before then would be lost.
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: objectKeys.bucket(profileId, bucket) });
      props.onApplied(true);
    },
  });

  const edit = (change: (d: typeof draft) => typeof draft) => {
    props.onApplied(false);
    setDraft(change);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!invalid) apply.mutate();
  };

  return (
    <form className="op-form" onSubmit={onSubmit} noValidate>
      <Facts objectKey={objectKey} head={head} />
      <fieldset className="op-headers">
        <legend className="op-heading">{m.headersHeading}</legend>
        {editableHeaders.map((name) => {
          const problem = problems.headers[name];
          return (
            <FormField
              key={name}
              id={`op-${name}`}
              label={m.headers[name]}
              error={problem === undefined ? undefined : m.headerProblems[problem]}
            >
              {(control) => (
                <input
                  {...control}
                  value={draft.headers[name]}
                  spellCheck={false}
                  autoComplete="off"
                  onChange={(event) => {
                    const value = event.target.value;
                    edit((d) => ({ ...d, headers: { ...d.headers, [name]: value } }));
                  }}
                />
              )}
            </FormField>
          );
        })}
        <FormField
          id="op-storage-class"
          label={m.storageClass}
          hint={m.storageClassHint}
          error={
            problems.storageClass === undefined
              ? undefined
              : m.storageClassUnknown(draft.storageClass)
          }
        >
          {(control) => (
            <select
              {...control}
              value={draft.storageClass}
              onChange={(event) => {
                const value = event.target.value;
                edit((d) => ({ ...d, storageClass: value }));
              }}
            >
              {props.storageClasses.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </fieldset>
      <MetadataEditor
        rows={draft.metadata}
        onChange={(rows) => edit((d) => ({ ...d, metadata: rows }))}
        problems={problems.metadata}
        showRequired={submitted}
      />
      <ObjectTagsField
        tags={tags}
        unreadable={props.tagsUnreadable}
        onChange={(next) => {
          props.onApplied(false);
          setTags(next);
        }}
        errors={tagErrors}
      />
      <p className="field-hint">{m.applyHint}</p>
      {submitted && invalid && (
        <p className="message message-error" role="alert">
          {m.fixFirst}
        </p>
      )}
      {apply.isError && (
        <p className="message message-error" role="alert">
          {errorMessage(apply.error)}
        </p>
      )}
      {props.applied && (
        <p className="message message-success" role="status">
          {m.applied}
        </p>
      )}
      <div className="dialog-actions">
        <span className="spacer" />
        <button type="button" className="button" onClick={props.onClose}>
          {m.close}
        </button>
        <button type="submit" className="button button-primary" disabled={apply.isPending}>
          {apply.isPending ? m.applying : m.apply}
        </button>
      </div>
    </form>
  );
}
