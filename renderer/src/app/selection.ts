/** Where the user is: a connection, optionally one of its buckets, and a folder in it. */
export interface Selection {
  profileId: string;
  bucket: string | null;
  prefix: string;
}
