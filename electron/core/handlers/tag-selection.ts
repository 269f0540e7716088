import type { tagSelectionChannels } from '../../../shared/contract/channels/tag-selection.js';
import { editTagsMany, surveyTags } from '../services/tag-selection.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function tagSelectionHandlers({
  clients,
}: CoreDeps): DomainHandlers<typeof tagSelectionChannels> {
  return {
    'objects.tags.survey': async ({ profileId, bucket, keys }, { signal }) =>
      surveyTags(await clients.get(profileId), bucket, keys, signal),
    'objects.tags.editMany': async ({ profileId, bucket, keys, changes }, { signal }) =>
      editTagsMany(await clients.get(profileId), bucket, keys, changes, signal),
  };
}
