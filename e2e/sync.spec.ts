import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
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
  await expect(dialog.getByLabel('排除')).toBeVisible();
  await dialog.getByRole('button', { name: '试运行' }).click();
  await expect(dialog.getByRole('region', { name: '试运行：未复制或删除任何内容' })).toContainText(
    '同步将上传 3 个文件：',
  );
});

/** Opens the compare dialog on "site/" with the host's picker in the folder "site". */
async function compareSite(page: Page) {
  const actions = await openBucket(page);
  await actions.fromRowMenu('site/', 'Compare with local folder…');
  const dialog = actions.dialog(`Compare ${bucket?.name ?? ''}/site/ with a local folder`);
  await dialog.getByRole('button', { name: 'Open site', exact: true }).click();
  await expect(dialog.getByLabel('Local folder')).toHaveValue(/site$/);
  return dialog;
}

/** Waits until the Activity panel shows the task of this name done. */
async function expectTaskDone(page: Page, name: string): Promise<void> {
  await new TransfersPage(page).expand();
  const row = page
    .getByRole('region', { name: 'Activity' })
    .getByRole('list', { name: 'Tasks' })
    .getByRole('listitem', { name, exact: true })
    .first();
  await expect(row.locator('.transfer-state')).toHaveText('Done');
}

test('an exclude pattern keeps a file out of the differences and out of the upload', async ({
  page,
}) => {
  const name = bucket?.name ?? '';
  const dialog = await compareSite(page);
  // A pattern the core would refuse is named, and the compare waits for a good one.
  await dialog.getByLabel('Include (only these)').fill('*.txt\n[z-a]');
  await expect(dialog.getByText('"[z-a]" is not a pattern:')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Compare', exact: true })).toBeDisabled();
  await dialog.getByLabel('Include (only these)').fill('');
  await dialog.getByLabel('Exclude').fill('*.md, extra-b.txt');
  await dialog.getByRole('button', { name: 'Compare', exact: true }).click();

  const group = (label: string) => dialog.getByRole('region', { name: label });
  await expect(group('Only here (local folder)').getByRole('listitem')).toHaveText(['new.txt']);
  await expect(group('Only there (bucket)').getByRole('listitem')).toHaveText(['extra-a.txt']);
  await expect(
    dialog.getByText('Patterns: include everything; exclude *.md, extra-b.txt.'),
  ).toBeVisible();

  await dialog.getByRole('button', { name: 'Sync…' }).click();
  const confirm = dialog.getByRole('region', { name: 'Start this sync?' });
  await expect(confirm.getByText('Nothing will be deleted.')).toBeVisible();
  await confirm.getByRole('button', { name: 'Sync now' }).click();
  await expect(dialog.getByText('The sync runs in the Activity panel.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expectTaskDone(page, `Sync up to ${name}/site/`);

  // The excluded file was not sent; what the patterns let through is there byte for byte.
  expect(await listKeys(admin, name, 'site/')).toEqual([
    'site/changed.txt',
    'site/extra-a.txt',
    'site/extra-b.txt',
    'site/new.txt',
    'site/same.txt',
  ]);
  for (const path of ['changed.txt', 'new.txt'])
    expect(await readText(admin, name, `site/${path}`)).toBe(local[path]);
});

test('a dry run lists what a mirror would do and changes nothing on either side', async ({
  page,
}) => {
  const name = bucket?.name ?? '';
  const dialog = await compareSite(page);
  await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
  await dialog.getByLabel('Mirror up (may delete in the bucket)').check();
  await dialog.getByLabel('Delete extra-a.txt').check();
  await dialog.getByRole('button', { name: 'Dry run' }).click();

  const result = dialog.getByRole('region', { name: 'Dry run: nothing was copied or deleted' });
  await expect(result.getByRole('list', { name: 'A sync would upload 3 files:' })).toBeVisible();
  await expect(
    result.getByRole('list', { name: 'A sync would upload 3 files:' }).getByRole('listitem'),
  ).toHaveText(['changed.txt', 'docs/new.md', 'new.txt']);
  await expect(
    result.getByRole('list', { name: 'and delete 1 path in the bucket:' }).getByRole('listitem'),
  ).toHaveText(['extra-a.txt']);
  await expectAccessible(page, 'compare dialog: a dry run');
  await expectTaskDone(page, `Dry run: Mirror up to ${name}/site/`);

  // Nothing moved: the bucket and the folder are as they were.
  expect(await listKeys(admin, name, 'site/')).toEqual([
    'site/changed.txt',
    'site/extra-a.txt',
    'site/extra-b.txt',
    'site/same.txt',
  ]);
  expect(await readText(admin, name, 'site/changed.txt')).toBe('old');
  expect((await readdir(join(home, 'site'), { recursive: true })).sort()).toEqual(
    ['changed.txt', 'docs', 'docs/new.md', 'new.txt', 'same.txt'].sort(),
  );
  for (const [path, text] of Object.entries(local))
    expect(await readFile(join(home, 'site', path), 'utf8')).toBe(text);
});

test('a saved pair runs again after a reload and syncs a changed file; it can be deleted', async ({
  page,
}) => {
  const name = bucket?.name ?? '';
  const dialog = await compareSite(page);
  await dialog.getByLabel('Exclude').fill('*.md');
  await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(dialog.getByRole('region', { name: 'Newer here' }).getByRole('listitem')).toHaveText(
    ['changed.txt'],
  );
  await dialog.getByRole('button', { name: 'Save this pair' }).click();
  await expect(dialog.getByText('Pair saved.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.reload();
  await expect(
    page.getByRole('grid').getByRole('row', { name: 'site/', exact: true }),
  ).toBeVisible();
  const changed = 'changed again after the pair was saved: ünïcode ✓\n'.repeat(50);
  await writeFile(join(home, 'site', 'changed.txt'), changed);

  const palette = new CommandPalettePage(page);
  await palette.openWithKeyboard();
  await palette.run('saved sync pairs', 'Saved sync pairs: run one again or delete it');
  const pairs = page.getByRole('dialog', { name: 'Saved sync pairs' });
  const pair = pairs.getByRole('listitem', { name: `${join(home, 'site')} ⇄ ${name}/site/` });
  await expect(pair).toContainText('Direction: Upload what differs');
  await expect(pair).toContainText('exclude *.md');
  await expectAccessible(page, 'saved sync pairs');
  await pair.getByRole('button', { name: `Run ${name}/site/` }).click();

  const group = (label: string) => pairs.getByRole('region', { name: label });
  await expect(group('Newer here').getByRole('listitem')).toHaveText(['changed.txt']);
  await expect(group('Only here (local folder)').getByRole('listitem')).toHaveText(['new.txt']);
  await expect(pairs.getByText('Direction: Upload what differs')).toBeVisible();
  await pairs.getByRole('button', { name: 'Sync…' }).click();
  const confirm = pairs.getByRole('region', { name: 'Start this sync?' });
  await expect(confirm.getByText('Nothing will be deleted.')).toBeVisible();
  await confirm.getByRole('button', { name: 'Sync now' }).click();
  await expect(pairs.getByText('The sync runs in the Activity panel.')).toBeVisible();
  await pairs.getByRole('button', { name: 'Close' }).click();
  await expectTaskDone(page, `Sync up to ${name}/site/`);

  expect(await readText(admin, name, 'site/changed.txt')).toBe(changed);
  expect(await readText(admin, name, 'site/new.txt')).toBe(local['new.txt']);
  expect(await listKeys(admin, name, 'site/docs/')).toEqual([]);

  // Delete asks first; then the pair is gone from the list and from the data folder.
  await palette.openWithKeyboard();
  await palette.run('saved sync pairs', 'Saved sync pairs: run one again or delete it');
  await pair.getByRole('button', { name: `Delete the pair ${name}/site/` }).click();
  const sure = pairs.getByRole('region', { name: `Delete the pair ${name}/site/` });
  await expect(sure).toContainText('Nothing on either side is touched.');
  await sure.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(pairs.getByText('No saved pairs yet')).toBeVisible();
  const saved = await readFile(join(host?.dataDir ?? '', 'sync-pairs.json'), 'utf8');
  expect(saved).not.toContain(name);
  expect(await readText(admin, name, 'site/changed.txt')).toBe(changed);
});

test('an upload keeps an object newer in the bucket unless "Replace them too" is ticked', async ({
  page,
}) => {
  const name = bucket?.name ?? '';
  // Edited in the bucket after the local copy was last changed: newer there.
  await bucket?.put({ 'site/stale.txt': 'edited in the bucket since' });
  const old = new Date(Date.now() - 3 * 86_400_000);
  await writeFile(join(home, 'site', 'stale.txt'), 'the older local copy');
  await utimes(join(home, 'site', 'stale.txt'), old, old);
  const actions = await openBucket(page);
  const open = async () => {
    await actions.fromRowMenu('site/', 'Compare with local folder…');
    const dialog = actions.dialog(`Compare ${name}/site/ with a local folder`);
    await dialog.getByRole('button', { name: 'Open site', exact: true }).click();
    await dialog.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(
      dialog.getByRole('region', { name: 'Newer there' }).getByRole('listitem'),
    ).toHaveText(['stale.txt']);
    return dialog;
  };
  const syncs = page
    .getByRole('region', { name: 'Activity' })
    .getByRole('listitem', { name: `Sync up to ${name}/site/`, exact: true })
    .locator('.transfer-state');

  let dialog = await open();
  await expect(dialog.getByText('1 file is newer in the bucket and will be kept.')).toBeVisible();
  await expect(dialog.getByLabel('Replace them too')).not.toBeChecked();
  await expectAccessible(page, 'compare dialog: newer files kept');
  await dialog.getByRole('button', { name: 'Sync…' }).click();
  let confirm = dialog.getByRole('region', { name: 'Start this sync?' });
  await expect(confirm.getByRole('listitem')).toHaveCount(0);
  await confirm.getByRole('button', { name: 'Sync now' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await new TransfersPage(page).expand();
  await expect(syncs).toHaveText(['Done']);
  expect(await readText(admin, name, 'site/stale.txt')).toBe('edited in the bucket since');
  expect(await readText(admin, name, 'site/changed.txt')).toBe(local['changed.txt']);

  dialog = await open();
  await dialog.getByLabel('Replace them too').check();
  await expect(
    dialog.getByText('1 file is newer in the bucket and will be replaced.'),
  ).toBeVisible();
  // A pair saved now keeps the choice.
  await dialog.getByRole('button', { name: 'Save this pair' }).click();
  await expect(dialog.getByText('Pair saved.')).toBeVisible();
  const pairs = await readFile(join(host?.dataDir ?? '', 'sync-pairs.json'), 'utf8');
  expect(pairs).toContain('"replaceNewer":true');
  // The dry run and the confirmation both list the newer object that will be replaced.
  const replacing = (label: string) =>
    expect(dialog.getByRole('list', { name: label }).getByRole('listitem')).toHaveText([
      'stale.txt',
    ]);
  await dialog.getByRole('button', { name: 'Dry run' }).click();
  await replacing('It would replace 1 newer file with the older copy:');
  await dialog.getByRole('button', { name: 'Sync…' }).click();
  confirm = dialog.getByRole('region', { name: 'Start this sync?' });
  await replacing('1 newer file will be replaced with the older copy:');
  await confirm.getByRole('button', { name: 'Sync now' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(syncs).toHaveText(['Done', 'Done']);
  expect(await readText(admin, name, 'site/stale.txt')).toBe('the older local copy');
});
