import { OBJECT_MAX_TAGS } from '../../../../shared/domain/tags.js';
import type { Tag } from '../../../../shared/domain/tags.js';
import { TagRows } from '../tags/tag-rows.js';
import { propertiesMessages as m } from './messages.js';

interface ObjectTagsFieldProps {
  /** undefined when the tags could not be read; they are then left as they are. */
  tags: Tag[] | undefined;
  unreadable: string | undefined;
  onChange: (tags: Tag[]) => void;
  errors: Readonly<Record<string, string>>;
}

/** The object's tags in the properties form, or why they cannot be shown. */
export function ObjectTagsField({ tags, unreadable, onChange, errors }: ObjectTagsFieldProps) {
  if (tags === undefined) {
    return (
      <section aria-label={m.tagsHeading}>
        <h3 className="op-heading">{m.tagsHeading}</h3>
        <p className="message message-error">{m.tagsUnreadable(unreadable ?? '')}</p>
      </section>
    );
  }
  return (
    <>
      <TagRows
        legend={m.tagsHeading}
        tags={tags}
        onChange={onChange}
        max={OBJECT_MAX_TAGS}
        errors={errors}
        base=""
      />
      <p className="field-hint">{m.tagsHint}</p>
    </>
  );
}
