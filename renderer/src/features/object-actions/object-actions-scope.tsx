import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Command } from '../../app/commands.js';
import { useRegisterCommands } from '../../app/commands.js';
import type { ObjectAction, ObjectActionTarget } from '../../app/object-actions.js';
import { useObjectActions, useRegisterObjectActions } from '../../app/object-actions.js';
import type { GridRow } from '../objects/listing-view.js';
import type { ObjectSelection } from '../objects/selection.js';
import {
  COPY_ACTION,
  DELETE_ACTION,
  MOVE_ACTION,
  NEW_FOLDER_ACTION,
  RENAME_ACTION,
} from './action-ids.js';
import { DeleteDialog } from './delete-dialog.js';
import { actionMessages as m } from './messages.js';
import { NewFolderDialog } from './new-folder-dialog.js';
import { ObjectMenu } from './object-menu.js';
import type { MenuPoint } from '../../ui/menu-placement.js';
import { RenameDialog } from './rename-dialog.js';
import type { RenameItem } from './rename-dialog.js';
import { refreshListings } from './server-state.js';
import { TransferDialog } from './transfer-dialog.js';

type OpenDialog =
  | { kind: 'newFolder'; target: ObjectActionTarget }
  | { kind: 'rename'; target: ObjectActionTarget; item: RenameItem }
  | { kind: 'copy' | 'move'; target: ObjectActionTarget }
  | { kind: 'delete'; target: ObjectActionTarget };

/** What the object list needs from the actions: its keys, its context menu, a fresh start. */
export interface ListActionHooks {
  onRename: (row: GridRow) => void;
  onDelete: (selection: ObjectSelection) => void;
  onRowMenu: (at: MenuPoint) => void;
  /** Changes after each action, so the list drops a selection of rows that may be gone. */
  selectionReset: number;
  /** What the last delete surely removed, for lists that do not list again (search results). */
  deleted: DeletedItems | null;
}

export interface DeletedItems {
  bucket: string;
  keys: readonly string[];
  prefixes: readonly string[];
}

function single(selection: ObjectSelection): RenameItem | null {
  const { keys, prefixes } = selection;
  if (keys.length + prefixes.length !== 1) return null;
  return keys.length === 1
    ? { kind: 'object', path: keys[0]! }
    : { kind: 'folder', path: prefixes[0]! };
}

const hasSelection = (target: ObjectActionTarget) =>
  target.selection.keys.length + target.selection.prefixes.length > 0;

interface ObjectActionsScopeProps {
  /** The bucket and folder browsed, with the selection in it. */
  target: ObjectActionTarget;
  children: (hooks: ListActionHooks) => ReactNode;
}

/**
 * New folder, rename, move, copy and delete for the object list, with the dialogs they open;
 * and every feature's object actions offered in the palette while a bucket is open.
 */
export function ObjectActionsScope({ target, children }: ObjectActionsScopeProps) {
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [menuAt, setMenuAt] = useState<MenuPoint | null>(null);
  const [selectionReset, setSelectionReset] = useState(0);
  const [deleted, setDeleted] = useState<DeletedItems | null>(null);

  const openRename = useCallback((t: ObjectActionTarget) => {
    const item = single(t.selection);
    if (item !== null) setDialog({ kind: 'rename', target: t, item });
  }, []);
  const openIfSelected = useCallback((kind: 'copy' | 'move' | 'delete', t: ObjectActionTarget) => {
    if (hasSelection(t)) setDialog({ kind, target: t });
  }, []);

  const actions = useMemo<ObjectAction[]>(
    () => [
      {
        id: RENAME_ACTION,
        label: m.rename,
        shortcut: 'F2',
        group: 'edit',
        enabled: (t) => single(t.selection) !== null,
        run: openRename,
      },
      {
        id: MOVE_ACTION,
        label: m.moveTo,
        group: 'edit',
        enabled: hasSelection,
        run: (t) => openIfSelected('move', t),
      },
      {
        id: COPY_ACTION,
        label: m.copyTo,
        group: 'edit',
        enabled: hasSelection,
        run: (t) => openIfSelected('copy', t),
      },
      {
        id: NEW_FOLDER_ACTION,
        label: m.newFolder,
        group: 'edit',
        enabled: () => true,
        run: (t) => setDialog({ kind: 'newFolder', target: t }),
      },
      {
        id: DELETE_ACTION,
        label: m.delete,
        shortcut: 'Delete',
        group: 'danger',
        enabled: hasSelection,
        run: (t) => openIfSelected('delete', t),
      },
    ],
    [openRename, openIfSelected],
  );
  useRegisterObjectActions(actions);

  // Every feature's object actions reach the palette here, acting on what is browsed and
  // selected right now.
  const offered = useObjectActions();
  const commands = useMemo<Command[]>(
    () =>
      offered
        .filter((action) => action.enabled(target))
        .map((action) => ({
          id: action.id,
          title: action.commandTitle ?? action.label,
          group: m.commandGroup,
          shortcut: action.shortcut,
          keywords: action.keywords ?? [action.id.replace(/^\w+\./, '')],
          run: () => action.run(target),
        })),
    [offered, target],
  );
  useRegisterCommands(commands);

  const close = useCallback(() => setDialog(null), []);
  const changed = (buckets: readonly string[]) => {
    setSelectionReset((n) => n + 1);
    // Rows the change removed may have held the focus: the list hands it on (see ObjectsGrid).
    for (const bucket of new Set(buckets)) {
      void refreshListings(queryClient, { profileId: target.profileId, bucket });
    }
  };

  const hooks: ListActionHooks = {
    onRename: (row) =>
      setDialog({
        kind: 'rename',
        target,
        item:
          row.kind === 'folder'
            ? { kind: 'folder', path: row.prefix }
            : { kind: 'object', path: row.key },
      }),
    onDelete: (selection) => setDialog({ kind: 'delete', target: { ...target, selection } }),
    onRowMenu: setMenuAt,
    selectionReset,
    deleted,
  };

  return (
    <>
      {children(hooks)}
      <ObjectMenu at={menuAt} target={target} onClose={() => setMenuAt(null)} />
      {dialog?.kind === 'newFolder' && (
        <NewFolderDialog
          target={dialog.target}
          onClose={close}
          onCreated={() => changed([dialog.target.bucket])}
        />
      )}
      {dialog?.kind === 'rename' && (
        <RenameDialog
          target={dialog.target}
          item={dialog.item}
          onClose={close}
          onChanged={() => changed([dialog.target.bucket])}
        />
      )}
      {(dialog?.kind === 'copy' || dialog?.kind === 'move') && (
        <TransferDialog
          mode={dialog.kind}
          target={dialog.target}
          onClose={close}
          onChanged={changed}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteDialog
          target={dialog.target}
          onClose={close}
          onChanged={(removed) => {
            setDeleted({ bucket: dialog.target.bucket, ...removed });
            changed([dialog.target.bucket]);
          }}
        />
      )}
    </>
  );
}
