import { useState } from 'react';
import type { DragEvent } from 'react';
import { dropItems, walkDrop } from './drop-tree.js';
import type { UploadSource } from './drop-tree.js';
import { messages } from './messages.js';
import { addActivity, notice, uploadActivity } from './upload-activity.js';
import type { UploadTarget } from './upload-target.js';
import { useUpload } from './use-upload.js';

export interface DropHandlers {
  onDragOver: (event: DragEvent) => void;
  onDragLeave: (event: DragEvent) => void;
  onDrop: (event: DragEvent) => void;
  isOver: boolean;
}

/**
 * Drop targets nest (a folder row inside the list): the innermost one claims
 * the native event so the outer ones neither highlight nor upload it too,
 * without stopping propagation other listeners may rely on.
 */
const claimed = new WeakSet<Event>();

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

// Spread these on any element that takes drops; the target says where the files go.
export function useDropUpload(target: UploadTarget): DropHandlers {
  const [isOver, setIsOver] = useState(false);
  const upload = useUpload();

  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    if (claimed.has(event.nativeEvent)) {
      setIsOver(false);
      return;
    }
    claimed.add(event.nativeEvent);
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setIsOver(true);
  };

  const onDragLeave = (event: DragEvent) => {
    // Moving onto a child fires dragleave here too; only leaving the element counts.
    const next = event.relatedTarget;
    if (next instanceof Node && event.currentTarget.contains(next)) return;
    setIsOver(false);
  };

  const onDrop = (event: DragEvent) => {
    setIsOver(false);
    if (!carriesFiles(event) || claimed.has(event.nativeEvent)) return;
    claimed.add(event.nativeEvent);
    event.preventDefault();
    const where = { ...target };
    if (window.holdall?.grantFiles !== undefined) {
      // Electron reads dropped folders in place: the host walks them, not the renderer.
      const sources: UploadSource[] = Array.from(event.dataTransfer.files, (file) => ({
        file,
        relativePath: file.name,
      }));
      upload(where, sources);
      return;
    }
    const items = dropItems(event.dataTransfer);
    walkDrop(items).then(
      ({ sources, unreadable }) => {
        if (unreadable.length > 0)
          uploadActivity.change((list) =>
            addActivity(list, notice(messages.unreadable, null, unreadable)),
          );
        upload(where, sources);
      },
      (err: unknown) =>
        uploadActivity.change((list) =>
          addActivity(list, notice(messages.uploadFailed, String(err))),
        ),
    );
  };

  return { onDragOver, onDragLeave, onDrop, isOver };
}
