import type { UploadTarget } from './upload-target.js';

// Mount point for the transfers feature (in progress).
export function UploadButton(_props: UploadTarget) {
  return null;
}
