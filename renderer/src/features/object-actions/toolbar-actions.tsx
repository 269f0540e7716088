import { useState } from 'react';
import { useBrowsing } from '../../app/browsing.js';
import { useObjectActions } from '../../app/object-actions.js';
import { NEW_FOLDER_ACTION } from './action-ids.js';
import { actionMessages as m } from './messages.js';
import { pointUnder } from '../../ui/menu-placement.js';
import type { MenuPoint } from '../../ui/menu-placement.js';
import { ObjectMenu } from './object-menu.js';

/** The object list toolbar's "New folder" button and "Actions" menu button. */
export function ToolbarActions() {
  const target = useBrowsing();
  const actions = useObjectActions();
  const [at, setAt] = useState<MenuPoint | null>(null);
  if (target === null) return null;
  const newFolder = actions.find((action) => action.id === NEW_FOLDER_ACTION);
  return (
    <>
      {newFolder !== undefined && (
        <button
          type="button"
          className="button button-small oa-toolbar-button"
          onClick={() => newFolder.run(target)}
        >
          {m.newFolderButton}
        </button>
      )}
      <button
        type="button"
        className="button button-small oa-toolbar-button"
        aria-haspopup="menu"
        aria-expanded={at !== null}
        onClick={(event) => {
          const button = event.currentTarget;
          setAt((open) => (open === null ? pointUnder(button) : null));
        }}
        onKeyDown={(event) => {
          // As in any menu button: the arrow keys open the menu too.
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          setAt(pointUnder(event.currentTarget));
        }}
      >
        {m.actionsButton}
        <span className="oa-caret" aria-hidden="true" />
      </button>
      <ObjectMenu at={at} target={target} onClose={() => setAt(null)} />
    </>
  );
}
