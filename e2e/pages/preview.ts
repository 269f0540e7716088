import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The preview dialog (Quick Look), in the words the UI shows. */
export class PreviewPage {
  constructor(readonly page: Page) {}

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Objects' });
  }

  row(name: string): Locator {
    return this.grid.getByRole('row', { name, exact: true });
  }

  /** The preview of one file: the dialog is named after it. */
  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name, exact: true });
  }

  /** Focuses a row and presses Space, as a person would. */
  async openWithSpace(name: string): Promise<Locator> {
    await this.row(name).click();
    await this.page.keyboard.press('Space');
    const dialog = this.dialog(name);
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Right-clicks a row and picks "Preview" in its menu. */
  async openFromMenu(name: string): Promise<Locator> {
    await this.row(name).click({ button: 'right' });
    const menu = this.page.getByRole('menu', { name: 'Object actions' });
    await expect(menu).toBeVisible();
    await menu.getByRole('menuitem', { name: /^Preview/ }).click();
    const dialog = this.dialog(name);
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async closeWithSpace(dialog: Locator): Promise<void> {
    await this.page.keyboard.press('Space');
    await expect(dialog).toBeHidden();
  }

  code(dialog: Locator): Locator {
    return dialog.getByTestId('preview-code');
  }

  /** Scrolls the code view to a fraction of its height, so the lines there are drawn. */
  async scrollCode(dialog: Locator, fraction: number): Promise<void> {
    await this.code(dialog)
      .locator('.cm-scroller')
      .evaluate(
        (el: { scrollTop: number; scrollHeight: number; clientHeight: number }, f: number) => {
          el.scrollTop = (el.scrollHeight - el.clientHeight) * f;
        },
        fraction,
      );
  }

  imageWidth(image: Locator): Promise<number> {
    return image.evaluate((el: { naturalWidth: number }) => el.naturalWidth);
  }

  /** 0 nothing, 1 metadata (duration known), up to 4 enough to play through. */
  mediaState(media: Locator): Promise<{ readyState: number; duration: number }> {
    return media.evaluate((el: { readyState: number; duration: number }) => ({
      readyState: el.readyState,
      duration: el.duration,
    }));
  }

  /** The title Chromium's PDF viewer shows for the framed document (its tab title). */
  async pdfTitle(): Promise<string> {
    const viewer = () => this.page.frames().find((f) => f.url().startsWith('chrome-extension://'));
    await expect.poll(() => viewer()?.url() ?? '').toContain('index.html');
    let title = '';
    await expect
      .poll(async () => {
        title = String(await viewer()?.evaluate('document.title'));
        return title;
      })
      .not.toBe('');
    return title;
  }

  /** Pages Chromium's PDF viewer counted in the framed document, once it has read it. */
  async pdfPageCount(): Promise<number> {
    const viewer = () => this.page.frames().find((f) => f.url().startsWith('chrome-extension://'));
    await expect.poll(() => viewer()?.url() ?? '').toContain('index.html');
    // The viewer's page selector knows the document's length once it has parsed the file.
    const count = `document.querySelector('pdf-viewer')?.shadowRoot
      ?.querySelector('viewer-toolbar')?.shadowRoot
      ?.querySelector('viewer-page-selector')?.docLength ?? 0`;
    let pages = 0;
    await expect
      .poll(async () => {
        pages = Number(await viewer()?.evaluate(count));
        return pages;
      })
      .toBeGreaterThan(0);
    return pages;
  }
}
