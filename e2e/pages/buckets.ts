import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { ConnectionsPage } from './connections.js';

/** Bucket actions reached from the sidebar's bucket items. */
export class BucketsPage {
  readonly connections: ConnectionsPage;

  constructor(readonly page: Page) {
    this.connections = new ConnectionsPage(page);
  }

  item(bucket: string): Locator {
    return this.connections.tree.getByRole('treeitem', { name: bucket, exact: true });
  }

  /** Opens a bucket's ⋯ menu and picks an action. */
  async choose(bucket: string, action: string): Promise<void> {
    await this.item(bucket).hover();
    await this.connections.tree
      .getByRole('button', { name: `Actions for bucket ${bucket}`, exact: true })
      .click();
    const menu = this.page.getByRole('menu', { name: `Actions for bucket ${bucket}` });
    await menu.getByRole('menuitem', { name: action }).click();
    await expect(menu).toBeHidden();
  }

  async openCreate(connection: string): Promise<Locator> {
    await this.connections.choose(connection, 'New bucket…');
    return this.page.getByRole('dialog', { name: 'New bucket' });
  }

  /** Focus on the bucket item and the Delete key: the keyboard way to the delete dialog. */
  async deleteByKeyboard(bucket: string): Promise<Locator> {
    await this.item(bucket).focus();
    await this.page.keyboard.press('Delete');
    return this.page.getByRole('dialog', { name: 'Delete bucket' });
  }

  async openProperties(bucket: string): Promise<Locator> {
    await this.choose(bucket, 'Properties…');
    return this.page.getByRole('dialog', { name: `Properties of ${bucket}` });
  }
}
