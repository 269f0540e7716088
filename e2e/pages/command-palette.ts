import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The command palette (Ctrl+K), in the words the UI shows in English. */
export class CommandPalettePage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Command palette' });
  }

  get input(): Locator {
    return this.dialog.getByRole('combobox', { name: 'Command' });
  }

  get options(): Locator {
    return this.dialog.getByRole('option');
  }

  option(title: string | RegExp): Locator {
    return this.dialog.getByRole('option', { name: title });
  }

  get button(): Locator {
    return this.page.getByRole('button', { name: /^Commands/ });
  }

  async openWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await expect(this.dialog).toBeVisible();
    await expect(this.input).toBeFocused();
  }

  /** Types a query and runs the best match with Enter. */
  async run(query: string, expectedFirst: string | RegExp): Promise<void> {
    await this.input.fill(query);
    await expect(this.options.first()).toHaveAccessibleName(expectedFirst);
    await expect(this.options.first()).toHaveAttribute('aria-selected', 'true');
    await this.input.press('Enter');
    await expect(this.dialog).toBeHidden();
  }
}
