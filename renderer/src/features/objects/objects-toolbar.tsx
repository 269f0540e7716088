import type { KeyboardEvent, ReactNode } from 'react';
import { ToolbarActions } from '../object-actions/toolbar-actions.js';
import { DownloadButton } from '../transfers/download-button.js';
import { UploadButton } from '../transfers/upload-button.js';
import { objectMessages as m } from './messages.js';
import type { ObjectSelection } from './selection.js';

interface ObjectsToolbarProps {
  profileId: string;
  bucket: string;
  /** The folder uploads go to. */
  folder: string;
  selection: ObjectSelection;
  filter: string;
  onFilter: (text: string) => void;
  /** Enter: list the folder for names starting with the text. */
  onSearch: () => void;
  /** ArrowDown: on into the list. */
  onToList: () => void;
  /** More controls at the end of the row (the Show versions switch). */
  extra?: ReactNode;
}

export function ObjectsToolbar(props: ObjectsToolbarProps) {
  const { profileId, bucket, folder, selection } = props;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      props.onSearch();
    } else if (event.key === 'Escape' && props.filter !== '') {
      event.preventDefault();
      props.onFilter('');
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      props.onToList();
    }
  };
  return (
    <div className="ol-toolbar" aria-label={m.toolbarLabel} role="group">
      <input
        type="search"
        className="ol-filter"
        aria-label={m.filterLabel}
        placeholder={m.filterPlaceholder}
        value={props.filter}
        onChange={(event) => props.onFilter(event.target.value)}
        onKeyDown={onKeyDown}
        spellCheck={false}
        autoComplete="off"
      />
      <span className="spacer" />
      <ToolbarActions />
      <UploadButton profileId={profileId} bucket={bucket} prefix={folder} />
      <DownloadButton
        profileId={profileId}
        bucket={bucket}
        keys={selection.keys}
        prefixes={selection.prefixes}
      />
      {props.extra}
    </div>
  );
}
