/** What finding a folder row needs of the view: folders come first, each id is `f:<prefix>`. */
export interface FolderRows {
  readonly folderCount: number;
  idAt(index: number): string;
}

/** The row of the folder `prefix` among the loaded ones, or -1 when it is not loaded. */
export function folderRowIndex(view: FolderRows, prefix: string): number {
  const id = `f:${prefix}`;
  for (let index = 0; index < view.folderCount; index++) {
    if (view.idAt(index) === id) return index;
  }
  return -1;
}
