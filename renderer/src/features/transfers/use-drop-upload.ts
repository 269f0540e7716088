import type { DragEvent } from 'react';
import type { UploadTarget } from './upload-target.js';

export interface DropHandlers {
  onDragOver: (event: DragEvent) => void;
  onDragLeave: (event: DragEvent) => void;
  onDrop: (event: DragEvent) => void;
  isOver: boolean;
}

// Mount point for the transfers feature (in progress): spread these on any element that takes drops.
export function useDropUpload(_target: UploadTarget): DropHandlers {
  return {
    onDragOver: () => undefined,
    onDragLeave: () => undefined,
    onDrop: () => undefined,
    isOver: false,
  };
}
