// Mount point for the transfers feature (in progress): the docked queue under the workspace.
export function TransfersPanel() {
  return null;
}
