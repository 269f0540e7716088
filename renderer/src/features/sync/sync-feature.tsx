import { useMemo, useState } from 'react';
import { useRegisterCommands } from '../../app/commands.js';
import type { Command } from '../../app/commands.js';
import { appMessages } from '../../app/messages.js';
import { useRegisterObjectActions } from '../../app/object-actions.js';
import type { ObjectAction, ObjectActionTarget } from '../../app/object-actions.js';
import { CompareDialog } from './compare-dialog.js';
import { syncMessages as m } from './messages.js';
import { SavedPairsDialog } from './saved-pairs-dialog.js';
import type { SyncPlace } from './sync-panel.js';

export const COMPARE_ACTION = 'objects.compareWithLocal';
export const SAVED_PAIRS_COMMAND = 'sync.savedPairs';

/** The folder shown when nothing is selected, or the one folder selected; else none. */
function placeOf({ profileId, bucket, prefix, selection }: ObjectActionTarget): SyncPlace | null {
  const { keys, prefixes } = selection;
  const [folder] = prefixes;
  if (keys.length === 0 && prefixes.length === 0) return { profileId, bucket, prefix };
  if (keys.length === 0 && prefixes.length === 1 && folder !== undefined)
    return { profileId, bucket, prefix: folder };
  return null;
}

/**
 * Offers "Compare with local folder…" on a folder (row menu) and the folder shown (palette), and
 * "Saved sync pairs…" in the palette wherever you are: a pair names its own place.
 */
export function SyncFeature() {
  const [place, setPlace] = useState<SyncPlace | null>(null);
  const [pairsOpen, setPairsOpen] = useState(false);
  const actions = useMemo<ObjectAction[]>(
    () => [
      {
        id: COMPARE_ACTION,
        label: m.action,
        commandTitle: m.command,
        keywords: ['sync', 'compare', 'mirror', 'local', 'folder', 'diff'],
        group: 'edit',
        enabled: (target) => placeOf(target) !== null,
        run: (target) => setPlace(placeOf(target)),
      },
    ],
    [],
  );
  useRegisterObjectActions(actions);
  const commands = useMemo<Command[]>(
    () => [
      {
        id: SAVED_PAIRS_COMMAND,
        title: m.savedPairsCommand,
        group: appMessages.commandGroups.view,
        keywords: ['sync', 'saved', 'pair', 'mirror', 'run again', '同步', '配对'],
        run: () => setPairsOpen(true),
      },
    ],
    [],
  );
  useRegisterCommands(commands);

  if (pairsOpen) return <SavedPairsDialog onClose={() => setPairsOpen(false)} />;
  if (place === null) return null;
  return <CompareDialog place={place} onClose={() => setPlace(null)} />;
}
