import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { HoldallApp } from './holdall-app.js';
import { TransfersPage } from './transfers.js';

/** Opening, downloading and copying addresses from the object list, in the words the UI shows. */
export class OpenDownloadPage {
  readonly app: HoldallApp;
  readonly transfers: TransfersPage;

  constructor(readonly page: Page) {
    this.app = new HoldallApp(page);
    this.transfers = new TransfersPage(page);
  }

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Objects' });
  }

  row(name: string): Locator {
    return this.grid.getByRole('row', { name, exact: true });
  }

  preview(name: string): Locator {
    return this.page.getByRole('dialog', { name, exact: true });
  }

  get downloadDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Download' });
  }

  get notices(): Locator {
    return this.page.getByTestId('notices');
  }

  /** Clicks a row first (it is then selected, as a person's first click does), then opens it. */
  async doubleClick(name: string): Promise<void> {
    const row = this.row(name);
    await row.click();
    await expect(row).toHaveAttribute('aria-selected', 'true');
    await row.dblclick();
  }

  async pressEnterOn(name: string): Promise<void> {
    const row = this.row(name);
    await row.click();
    await expect(row).toBeFocused();
    await this.page.keyboard.press('Enter');
  }

  /** Right-clicks a row and picks an entry of its menu. */
  async fromRowMenu(name: string, entry: string | RegExp): Promise<void> {
    await this.row(name).click({ button: 'right' });
    const menu = this.page.getByRole('menu', { name: 'Object actions' });
    await expect(menu).toBeVisible();
    await menu.getByRole('menuitem', { name: entry }).click();
    await expect(menu).toBeHidden();
  }

  /** Picks the folder (its path below the home folder) in the open download dialog and starts. */
  async downloadInto(segments: readonly string[]): Promise<void> {
    const dialog = this.downloadDialog;
    await expect(dialog).toBeVisible();
    await this.transfers.pickDownloadFolder(dialog, segments);
    await dialog.getByRole('button', { name: 'Download', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async expectNotice(text: string | RegExp): Promise<void> {
    await expect(this.notices.getByText(text)).toBeVisible();
  }

  /** Points at a notice, which holds it (and the others) until the pointer leaves. */
  async holdNotice(text: string | RegExp): Promise<void> {
    const notice = this.notices.getByText(text);
    await notice.hover();
    await expect(notice).toBeVisible();
  }

  /** How wide an image is drawn, in CSS pixels. */
  shownWidth(image: Locator): Promise<number> {
    return image.evaluate((el: { clientWidth: number }) => el.clientWidth);
  }

  async clipboard(): Promise<string> {
    return String(await this.page.evaluate('navigator.clipboard.readText()'));
  }
}
