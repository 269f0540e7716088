import type { DownloadSelection } from './upload-target.js';

// Mount point for the transfers feature (in progress).
export function DownloadButton(_props: DownloadSelection) {
  return null;
}
