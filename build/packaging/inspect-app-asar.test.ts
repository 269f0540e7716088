import { describe, expect, it } from 'vitest';
import { appAsarProblems, referencedAssets } from './inspect-app-asar.js';

const project = { devDependencies: { vitest: '^4', '@playwright/test': '^1', typescript: '~6' } };
const shipped = { main: 'dist/electron/main.cjs' };
const good = [
  '/package.json',
  '/dist/electron/main.cjs',
  '/dist/electron/preload.cjs',
  '/dist/renderer/index.html',
  '/dist/renderer/assets/index-1.js',
];

describe('what app.asar may hold', () => {
  it('accepts the bundles, the renderer and the manifest', () => {
    expect(appAsarProblems(good, shipped, project, ['assets/index-1.js'])).toEqual([]);
  });

  it('names test code, fixtures, sources, maps and development packages that got in', () => {
    const leaked = [
      '/dist/renderer/assets/grid.test.js',
      '/e2e/fixtures/rgw.ts',
      '/dist/electron/main.cjs.map',
      '/dist/web/main.mjs',
      '/node_modules/vitest/package.json',
      '/node_modules/ws/node_modules/@playwright/test/index.js',
    ];
    const problems = appAsarProblems([...good, ...leaked], shipped, project, []);
    for (const entry of leaked) expect(problems.join('\n')).toContain(entry);
    expect(problems.join('\n')).toContain('development dependency @playwright/test');
  });

  it('names a missing bundle, a main that is not in the archive and a missing asset', () => {
    const problems = appAsarProblems(
      good.filter((entry) => entry !== '/dist/electron/preload.cjs'),
      { main: 'main.js' },
      project,
      ['assets/gone.css'],
    );
    expect(problems).toEqual([
      '/dist/electron/preload.cjs is missing',
      'package.json "main" (main.js) is not a file in app.asar',
      'index.html loads assets/gone.css, which is missing',
    ]);
  });

  it('reads the scripts and styles index.html loads, leaving data: URLs out', () => {
    const html =
      '<link rel="icon" href="data:," /><script type="module" src="./assets/a.js"></script>' +
      '<link rel="stylesheet" href="./assets/b.css">';
    expect(referencedAssets(html)).toEqual(['assets/a.js', 'assets/b.css']);
  });
});
