import { expect } from '@playwright/test';
import type { Locator, Page, TestInfo } from '@playwright/test';
import type { S3TestTarget } from '../fixtures/rgw.js';

/** Takes the page in the light and the dark scheme: `<name>-light.png`, `<name>-dark.png`. */
export async function screenshotBothSchemes(
  page: Page,
  testInfo: TestInfo,
  name: string,
): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Connections in the sidebar: their menus and dialogs, in the words the UI shows. */
export class ConnectionsPage {
  constructor(readonly page: Page) {}

  get tree(): Locator {
    return this.page.getByRole('navigation', { name: 'Connections' });
  }

  item(name: string): Locator {
    return this.tree.getByRole('treeitem', { name, exact: true });
  }

  dialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  /** Opens a connection's actions menu with its ⋯ button and picks an action. */
  async choose(connection: string, action: string): Promise<void> {
    await this.item(connection).hover();
    await this.tree.getByRole('button', { name: `Actions for ${connection}`, exact: true }).click();
    const menu = this.page.getByRole('menu', { name: `Actions for ${connection}` });
    await menu.getByRole('menuitem', { name: action }).click();
    await expect(menu).toBeHidden();
  }

  /** A new connection to the test server, optionally limited to one bucket. */
  async add(name: string, target: S3TestTarget, bucket?: string): Promise<Locator> {
    const dialog = await this.addTo(name, target);
    await dialog.getByLabel('Access key ID').fill(target.accessKeyId);
    await dialog.getByLabel('Secret access key').fill(target.secretAccessKey);
    if (bucket !== undefined) await dialog.getByLabel('Bucket (optional)').fill(bucket);
    return dialog;
  }

  /** A new connection to the test server that signs in as the AWS CLI profile `profileName`. */
  async addForProfile(name: string, target: S3TestTarget, profileName: string): Promise<Locator> {
    const dialog = await this.addTo(name, target);
    await dialog.getByLabel('Sign in with').selectOption({ label: 'AWS CLI profile' });
    await dialog.getByLabel('AWS CLI profile', { exact: true }).fill(profileName);
    return dialog;
  }

  /** The new connection dialog, with the test server's place filled in. */
  private async addTo(name: string, target: S3TestTarget): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Add connection' }).first().click();
    const dialog = this.dialog('New connection');
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Provider').selectOption('ceph');
    await dialog.getByLabel('Endpoint').fill(target.endpoint);
    await dialog.getByLabel('Region').fill(target.region);
    await dialog.getByLabel('Addressing').selectOption('path');
    return dialog;
  }

  /** The dialog's "Advanced" part, opened: its timeout fields are then visible. */
  async openAdvanced(dialog: Locator): Promise<void> {
    const deadline = dialog.getByLabel('Response deadline (s)');
    if (!(await deadline.isVisible())) await dialog.getByText('Advanced', { exact: true }).click();
    await expect(deadline).toBeVisible();
  }

  /** Types the connection's request timeouts, in seconds, into the "Advanced" part. */
  async setTimeouts(dialog: Locator, seconds: { headers: string; idle: string }): Promise<void> {
    await this.openAdvanced(dialog);
    await dialog.getByLabel('Response deadline (s)').fill(seconds.headers);
    await dialog.getByLabel('Idle timeout (s)').fill(seconds.idle);
  }

  async testAndExpect(dialog: Locator, text: string | RegExp): Promise<void> {
    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await expect(dialog.getByRole('status')).toContainText(text);
  }

  async save(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Buckets the expanded connection shows, in order. */
  async bucketsOf(connection: string): Promise<string[]> {
    const group = this.item(connection).getByRole('group');
    await expect(group.getByText('Loading buckets…')).toHaveCount(0);
    const items = await group.getByRole('treeitem').all();
    return Promise.all(items.map(async (item) => (await item.getAttribute('aria-label')) ?? ''));
  }

  async openImport(): Promise<Locator> {
    await this.page
      .getByRole('complementary')
      .getByRole('button', { name: 'Import from AWS CLI…' })
      .click();
    return this.dialog('Import from AWS CLI');
  }
}
