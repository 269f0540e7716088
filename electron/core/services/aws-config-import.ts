import type { AwsImportResult } from '../../../shared/contract/channels/profiles.js';
import { uniqueProfileName } from '../../../shared/domain/profile.js';
import type { ProfileStore } from '../profiles/profile-store.js';
import { readAwsProfiles } from './aws-config-profiles.js';

/**
 * Saves the named AWS CLI profiles as connections. The files are read again here rather than
 * trusting what the UI saw, so keys never travel to the renderer and back.
 */
export async function importAwsProfiles(
  store: ProfileStore,
  homeDir: string,
  names: readonly string[],
): Promise<AwsImportResult> {
  const found = new Map((await readAwsProfiles(homeDir)).map((p) => [p.candidate.name, p]));
  const taken = (await store.list()).map((p) => p.name);
  const result: AwsImportResult = { imported: [], skipped: [] };
  for (const name of new Set(names)) {
    const profile = found.get(name);
    if (profile?.draft === undefined) {
      const reason = profile?.candidate.skipReason ?? 'No such profile in ~/.aws.';
      result.skipped.push({ name, reason });
      continue;
    }
    const unique = uniqueProfileName(profile.draft.name, taken);
    taken.push(unique);
    result.imported.push(await store.save({ ...profile.draft, name: unique }));
  }
  return result;
}
