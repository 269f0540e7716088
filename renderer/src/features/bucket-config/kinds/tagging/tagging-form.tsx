import { BUCKET_MAX_TAGS } from '../../../../../../shared/domain/tags.js';
import type { BucketTags } from '../../../../../../shared/domain/tags.js';
import { TagRows } from '../../../tags/tag-rows.js';
import type { ConfigFormProps } from '../../config-kind.js';
import '../kinds.css';
import { taggingMessages as m } from './messages.js';

/** The bucket's tag set as key/value rows. */
export function TaggingForm({ model, onChange, errors }: ConfigFormProps<BucketTags>) {
  return (
    <div className="config-form">
      <p className="muted kind-note">{m.intro}</p>
      <TagRows
        legend={m.legend}
        tags={model.tags}
        onChange={(tags) => onChange({ tags })}
        max={BUCKET_MAX_TAGS}
        errors={errors}
        base="tags"
      />
    </div>
  );
}
