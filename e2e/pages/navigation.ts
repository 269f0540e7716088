import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { ObjectsList } from './objects-list.js';

/** Back, Forward, Up and Refresh, and where the app says it is, in the words the UI shows. */
export class NavigationPage {
  readonly list: ObjectsList;

  constructor(readonly page: Page) {
    this.list = new ObjectsList(page);
  }

  get bar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Navigation' });
  }

  button(name: 'Back' | 'Forward' | 'Up' | 'Refresh'): Locator {
    return this.bar.getByRole('button', { name, exact: true });
  }

  /** What the app says when a link led to something gone. */
  get notice(): Locator {
    return this.page.getByRole('status').getByRole('paragraph');
  }

  /** The crumb marking the folder shown. */
  get currentCrumb(): Locator {
    return this.list.breadcrumbs.locator('[aria-current="location"]');
  }

  /** Waits until the list shows `folder` ("" for the bucket's top) of `bucket`. */
  async expectAt(bucket: string, folder: string): Promise<void> {
    const parts = folder.split('/').filter((part, i, all) => i < all.length - 1 || part !== '');
    await expect(this.currentCrumb).toHaveText(parts.at(-1) ?? bucket);
    await expect(this.list.grid).toBeVisible();
  }

  /** A row that holds the focus and is the one selected, as after going up to it. */
  async expectFocusedRow(name: string): Promise<void> {
    const row = this.list.row(name);
    await expect(row).toBeFocused();
    await expect(row).toHaveAttribute('aria-selected', 'true');
  }

  /** Opens a folder row with the keyboard, as a person going down does. */
  async openFolder(name: string): Promise<void> {
    const row = this.list.row(name);
    await row.click();
    await expect(row).toHaveAttribute('aria-selected', 'true');
    await row.press('Enter');
  }

  /** The mouse's side buttons (3 back, 4 forward); Playwright's mouse has only three buttons. */
  async sideButton(which: 'back' | 'forward'): Promise<void> {
    // Typed by hand: this file is checked without the DOM library; the callback runs in the page.
    await this.page.evaluate(
      (button) => {
        const page = globalThis as unknown as {
          MouseEvent: new (type: string, init: object) => object;
          dispatchEvent(event: object): boolean;
        };
        for (const type of ['mousedown', 'mouseup']) {
          page.dispatchEvent(
            new page.MouseEvent(type, { button, bubbles: true, cancelable: true }),
          );
        }
      },
      which === 'back' ? 3 : 4,
    );
  }

  /** How far the object list is scrolled, in pixels. */
  async listScrollTop(): Promise<number> {
    // Typed by hand: this file is checked without the DOM library; the callback runs in the page.
    return this.list.grid.evaluate(
      (grid: { querySelector(s: string): { scrollTop: number } | null }) =>
        grid.querySelector('.ol-scroller')?.scrollTop ?? -1,
    );
  }

  /** The window losing or regaining focus, as when a person switches to another app and back. */
  async windowFocus(type: 'blur' | 'focus'): Promise<void> {
    await this.page.evaluate((name) => {
      const page = globalThis as unknown as {
        Event: new (type: string) => object;
        dispatchEvent(event: object): boolean;
      };
      page.dispatchEvent(new page.Event(name));
    }, type);
  }

  /**
   * Marks the loaded document, so a check after a key press proves the page was not reloaded
   * (a reload would bring a fresh document without the mark).
   */
  async markDocument(): Promise<void> {
    await this.page
      .locator('html')
      .evaluate((html: { setAttribute(n: string, v: string): void }) =>
        html.setAttribute('data-test-mark', 'kept'),
      );
  }

  async expectSameDocument(): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('data-test-mark', 'kept');
  }
}
