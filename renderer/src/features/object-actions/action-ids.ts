/** Ids of the entries this feature contributes, for the toolbar buttons that run them. */
export const NEW_FOLDER_ACTION = 'objects.newFolder';
export const RENAME_ACTION = 'objects.rename';
export const MOVE_ACTION = 'objects.moveTo';
export const COPY_ACTION = 'objects.copyTo';
export const DELETE_ACTION = 'objects.delete';
