/** Where dropped or picked files go: a bucket and the folder prefix shown or hovered. */
export interface UploadTarget {
  profileId: string;
  bucket: string;
  prefix: string;
}

/** What a download takes: whole objects and whole folders (prefixes) of one bucket. */
export interface DownloadSelection {
  profileId: string;
  bucket: string;
  keys: string[];
  prefixes: string[];
  /** One version of the one key (the versions browser); the latest without it. */
  versionId?: string | undefined;
}
