import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectAccessible } from './fixtures/axe.js';
import { listKeys, readText } from './fixtures/actions-session.js';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { adminClient, createTestBucket, s3Target } from './fixtures/s3.js';
import type { TestBucket } from './fixtures/s3.js';
import { CommandPalettePage } from './pages/command-palette.js';
import { HoldallApp } from './pages/holdall-app.js';
import { LanguagesPage } from './pages/languages.js';
import { ObjectActionsPage } from './pages/object-actions.js';
import { TransfersPage } from './pages/transfers.js';

// "Compare with local folder…" in the browser host against real RGW: the differences by class,
// then a mirror up that deletes only the one path ticked, checked with a plain SDK client.

const admin = adminClient();
let home = '';
let host: RunningHost | undefined;
let bucket: TestBucket | undefined;

/** What the local folder "site" holds once the bucket was written: newer than its objects. */
const local: Record<string, string> = {
  'same.txt': 'same on both sides',
  'changed.txt': 'changed here, and longer than before',
  'new.txt': 'only in the folder',
  'docs/new.md': '# only here too',
};

test.beforeEach(async () => {
  bucket = await createTestBucket(admin, 'sync');
  await bucket.put({
    'site/same.txt': 'same on both sides',
    'site/changed.txt': 'old',
    'site/extra-a.txt': 'only in the bucket, ticked',
    'site/extra-b.txt': 'only in the bucket, kept',
  });
  // The host's folder picker lists this home folder (it has no Downloads folder).
  home = await mkdtemp(join(tmpdir(), 'holdall-sync-home-'));
  for (const [path, text] of Object.entries(local)) {
    await mkdir(join(home, 'site', path, '..'), { recursive: true });
    await writeFile(join(home, 'site', path), text);
  }
  host = await startBrowserHost(undefined, { HOME: home });
});

test.afterEach(async () => {
  await host?.stop();
  await bucket?.remove();
  await rm(home, { recursive: true, force: true });
});

async function openBucket(page: Page): Promise<ObjectActionsPage> {
  if (host === undefined || bucket === undefined) throw new Error('used outside a test');
  const app = new HoldallApp(page);
  await page.setViewportSize({ width: 1200, height: 760 });
  await page.goto(host.url);
  await app.addConnection('Local RGW', s3Target());
  await app.openConnection('Local RGW');
  await app.openBucket(bucket.name);
  const actions = new ObjectActionsPage(page);
  await expect(actions.row('site/')).toBeVisible();
  return actions;
}

test('compare shows the classes; a mirror up deletes only the ticked path', async ({ page }) => {
  const actions = await openBucket(page);
  const name = bucket?.name ?? '';
  await actions.fromRowMenu('site/', 'Compare with local folder…');
  const dialog = actions.dialog(`Compare ${name}/site/ with a local folder`);
  await dialog.getByRole('button', { name: 'Open site', exact: true }).click();
  await expect(dialog.getByLabel('Local folder')).toHaveValue(/site$/);
  await dialog.getByRole('button', { name: 'Compare', exact: true }).click();

  const group = (label: string) => dialog.getByRole('region', { name: label });
  await expect(group('Only here (local folder)').getByRole('heading')).toHaveText(
    'Only here (local folder): 2',
  );
  await expect(group('Only here (local folder)').getByRole('listitem')).toHaveText([
    'docs/new.md',
    'new.txt',
  ]);
  await expect(group('Only there (bucket)').getByRole('listitem')).toHaveText([
    'extra-a.txt',
    'extra-b.txt',
  ]);
  await expect(group('Newer here').getByRole('listitem')).toHaveText(['changed.txt']);
  await expect(group('Newer there').getByRole('heading')).toHaveText('Newer there: 0');
  await expect(dialog.getByText('1 file is the same on both sides.')).toBeVisible();
  await expectAccessible(page, 'compare dialog: the differences');

  // A mirror up offers what only the bucket has, none ticked; one is ticked here.
  await dialog.getByLabel('Mirror up (may delete in the bucket)').check();
  await expect(dialog.getByLabel('Delete extra-b.txt')).not.toBeChecked();
  await dialog.getByLabel('Delete extra-a.txt').check();
  await dialog.getByRole('button', { name: 'Sync…' }).click();
  const confirm = dialog.getByRole('region', { name: 'Start this sync?' });
  await expect(confirm.getByRole('listitem')).toHaveText(['extra-a.txt']);
  await confirm.getByRole('button', { name: 'Sync now' }).click();
  await expect(dialog.getByText('The sync runs in the Activity panel.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await new TransfersPage(page).expand();
  const row = page
    .getByRole('region', { name: 'Activity' })
    .getByRole('list', { name: 'Tasks' })
    .getByRole('listitem', { name: `Mirror up to ${name}/site/`, exact: true });
  await expect(row.locator('.transfer-state')).toHaveText('Done');

  // The bucket now holds the folder byte for byte, plus the one object left unticked.
  expect(await listKeys(admin, name, 'site/')).toEqual([
    'site/changed.txt',
    'site/docs/new.md',
    'site/extra-b.txt',
    'site/new.txt',
    'site/same.txt',
  ]);
  for (const path of Object.keys(local))
    expect(await readText(admin, name, `site/${path}`)).toBe(
      await readFile(join(home, 'site', path), 'utf8'),
    );
  expect(await readText(admin, name, 'site/extra-b.txt')).toBe('only in the bucket, kept');
});

test('from the palette the folder shown is compared, and the pair is saved', async ({ page }) => {
  await openBucket(page);
  const name = bucket?.name ?? '';
  const palette = new CommandPalettePage(page);
  await palette.openWithKeyboard();
  await palette.run(
    'compare with local',
    'Compare the folder shown (or the one selected) with a local folder',
  );
  const dialog = page.getByRole('dialog', { name: `Compare ${name}/ with a local folder` });
  await dialog.getByRole('button', { name: 'Open site', exact: true }).click();
  await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
  // At the bucket's root every object is under "site/", none of which the folder has.
  await expect(
    dialog.getByRole('region', { name: 'Only there (bucket)' }).getByRole('heading'),
  ).toHaveText('Only there (bucket): 4');
  await dialog.getByRole('button', { name: 'Save this pair' }).click();
  await expect(dialog.getByText('Pair saved.')).toBeVisible();
  const saved = await readFile(join(host?.dataDir ?? '', 'sync-pairs.json'), 'utf8');
  expect(saved).toContain(`"bucket":"${name}"`);
});

test('the compare dialog speaks Simplified Chinese', async ({ page }) => {
  await openBucket(page);
  const name = bucket?.name ?? '';
  await new LanguagesPage(page).choose('简体中文');
  await page.getByRole('grid').getByRole('row', { name: 'site/', exact: true }).click({
    button: 'right',
  });
  await page
    .getByRole('menu', { name: '对象操作' })
    .getByRole('menuitem', { name: '与本地文件夹比较…' })
    .click();
  const dialog = page.getByRole('dialog', { name: `将 ${name}/site/ 与本地文件夹比较` });
  await dialog.getByRole('button', { name: '打开 site', exact: true }).click();
  await dialog.getByRole('button', { name: '比较', exact: true }).click();
  await expect(dialog.getByRole('region', { name: '此处较新' }).getByRole('listitem')).toHaveText([
    'changed.txt',
  ]);
  await expect(dialog.getByRole('button', { name: '保存此配对' })).toBeVisible();
});
