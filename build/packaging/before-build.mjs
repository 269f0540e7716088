// electron-builder hook. The bundles in dist/ inline every production dependency (only
// `electron` stays external), so no node_modules folder ships: answering false tells
// electron-builder that dependencies are handled here, and it neither rebuilds nor copies them.
export async function beforeBuild() {
  return false;
}
