import { sameEverywhere } from '../../../../shared/domain/tag-selection.js';
import type { TagSurvey } from '../../../../shared/domain/tag-selection.js';
import { tagSelectionMessages as m } from './selection-messages.js';

interface TagSurveyTableProps {
  survey: TagSurvey;
  remove: readonly string[];
  onRemove: (keys: string[]) => void;
}

/** Every tag key of the selection: on how many objects, its values, and a box to remove it. */
export function TagSurveyTable({ survey, remove, onRemove }: TagSurveyTableProps) {
  const { objects, tags } = survey;
  if (tags.length === 0) return <p className="muted">{m.noTags}</p>;
  const differing = tags.filter((row) => !sameEverywhere(row, objects)).map((row) => row.key);
  return (
    <>
      <table className="ts-table" aria-label={m.currentTitle}>
        <thead>
          <tr>
            <th scope="col">{m.columns.key}</th>
            <th scope="col">{m.columns.on}</th>
            <th scope="col">{m.columns.values}</th>
            <th scope="col">{m.columns.remove}</th>
          </tr>
        </thead>
        <tbody>
          {tags.map((row) => {
            const same = sameEverywhere(row, objects);
            return (
              <tr key={row.key} data-differs={!same}>
                <th scope="row">{row.key}</th>
                <td>
                  {row.objects === objects ? m.onAll(objects) : m.onSome(row.objects, objects)}
                </td>
                <td>
                  {!same && <span className="ts-differs">{m.differs}: </span>}
                  {row.values.join(m.separator)}
                  {row.moreValues && m.andOthers}
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={m.removeKey(row.key)}
                    checked={remove.includes(row.key)}
                    onChange={(event) =>
                      onRemove(
                        event.target.checked
                          ? [...remove, row.key]
                          : remove.filter((key) => key !== row.key),
                      )
                    }
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="field-hint">
        {differing.length === 0 ? m.allSame : m.differing(differing.join(m.separator))}
      </p>
    </>
  );
}
