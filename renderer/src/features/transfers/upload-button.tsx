import { useRef } from 'react';
import type { ChangeEvent } from 'react';
import { sourcesFromFiles } from './drop-tree.js';
import { messages } from './messages.js';
import type { UploadTarget } from './upload-target.js';
import { usePickAndUpload, useUpload } from './use-upload.js';
import './transfers.css';

/** React has no prop for webkitdirectory; the DOM property turns the picker into a folder picker. */
function asFolderPicker(input: HTMLInputElement | null): void {
  if (input !== null) input.webkitdirectory = true;
}

export function UploadButton(props: UploadTarget) {
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const upload = useUpload();
  const pickAndUpload = usePickAndUpload();
  const { profileId, bucket, prefix } = props;
  // Electron asks with its native dialogs; the browser host keeps the file inputs.
  const bridge = window.holdall;
  const pickFiles = bridge?.pickUploadFiles;
  const pickFolder = bridge?.pickUploadFolder;
  const chooseFiles = () =>
    pickFiles === undefined
      ? filesRef.current?.click()
      : pickAndUpload({ profileId, bucket, prefix }, () => pickFiles());
  const chooseFolder = () =>
    pickFolder === undefined
      ? folderRef.current?.click()
      : pickAndUpload({ profileId, bucket, prefix }, () => pickFolder());

  const onPicked = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const sources = sourcesFromFiles(input.files ?? []);
    // Cleared so picking the same files again still fires change.
    input.value = '';
    if (sources.length > 0) upload({ profileId, bucket, prefix }, sources);
  };

  return (
    <span className="upload-buttons">
      <button type="button" className="button" onClick={chooseFiles}>
        {messages.uploadFiles}
      </button>
      <button type="button" className="button" onClick={chooseFolder}>
        {messages.uploadFolder}
      </button>
      <input
        ref={filesRef}
        type="file"
        multiple
        hidden
        aria-label={messages.filesInput}
        onChange={onPicked}
      />
      <input
        ref={(input) => {
          folderRef.current = input;
          asFolderPicker(input);
        }}
        type="file"
        hidden
        aria-label={messages.folderInput}
        onChange={onPicked}
      />
    </span>
  );
}
