import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ObjectAction, ObjectActionTarget } from '../../app/object-actions.js';
import { useRegisterObjectActions } from '../../app/object-actions.js';
import type { ContractClient } from '../../contract/contract-client.js';
import { useContract } from '../../contract/contract-context.js';
import { ContractError, errorMessage } from '../../contract/contract-error.js';
import { showNotice } from '../../ui/notices.js';
import { startTask } from '../tasks/use-task-actions.js';
import { watchDownloads } from '../transfers/finished-downloads.js';
import { nativeFileMessages as m } from './messages.js';

export const DOWNLOAD_AS_ACTION = 'objects.downloadAs';

const oneFile = (t: ObjectActionTarget) =>
  t.selection.keys.length === 1 && t.selection.prefixes.length === 0;

/** The last segment of a key: what the save dialog suggests. */
function nameOf(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1);
}

type PickSaveFile = NonNullable<NonNullable<Window['holdall']>['pickSaveFile']>;

/**
 * Asks the host's save dialog where the one file goes, then downloads it to exactly that file.
 * The dialog already asked before replacing a file, so the download overwrites; canceling the
 * dialog does nothing.
 */
async function downloadAs(
  pick: PickSaveFile,
  client: ContractClient,
  queryClient: QueryClient,
  target: ObjectActionTarget,
): Promise<void> {
  const [key] = target.selection.keys;
  if (key === undefined) return;
  const answer = await pick(nameOf(key));
  if (!answer.ok) throw new ContractError(answer.error);
  if (answer.value === null) return;
  const task = await startTask(client, queryClient, {
    kind: 'download',
    profileId: target.profileId,
    bucket: target.bucket,
    keys: [key],
    destination: answer.value.grant,
    conflict: 'overwrite',
  });
  // Confirmed with a notice (and its Open button) when it finishes, as every download.
  watchDownloads([task]);
}

/** "Download as…" in the object menus, where the host has a native save dialog (Electron). */
export function DownloadAsFeature() {
  const client = useContract();
  const queryClient = useQueryClient();
  const pick = window.holdall?.pickSaveFile;
  const actions = useMemo<ObjectAction[]>(
    () =>
      pick === undefined
        ? []
        : [
            {
              id: DOWNLOAD_AS_ACTION,
              label: m.downloadAs,
              commandTitle: m.downloadAsCommand,
              keywords: ['download', 'save', 'as', '另存为'],
              group: 'open',
              enabled: oneFile,
              run: (target) => {
                if (!oneFile(target)) return;
                downloadAs(pick, client, queryClient, target).catch((err: unknown) =>
                  showNotice({ text: m.downloadAsFailed(errorMessage(err)), tone: 'error' }),
                );
              },
            },
          ],
    [pick, client, queryClient],
  );
  useRegisterObjectActions(actions);
  return null;
}
