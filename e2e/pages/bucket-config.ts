import { expect } from '@playwright/test';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { BucketsPage } from './buckets.js';
import { screenshotBothSchemes } from './connections.js';

/**
 * A configuration tab of bucket properties (Policy, ACL, CORS …): its none / editor / review
 * states, the Form / Raw views and the review diff, in the words the UI shows. Made to serve
 * every kind: a kind's own fields are found inside `form` by their labels.
 */
export class BucketConfigPage {
  /**
   * `dialog` holds the editor: bucket properties (the editor inside its tab panel) or an
   * object's "Access control of …" dialog (the editor directly inside).
   */
  constructor(
    readonly page: Page,
    readonly dialog: Locator,
    readonly panel: Locator = dialog.getByRole('tabpanel'),
  ) {}

  /** Opens the bucket's properties from the sidebar and picks a tab, e.g. 'Policy'. */
  static async open(page: Page, bucket: string, tab: string): Promise<BucketConfigPage> {
    await new BucketsPage(page).openProperties(bucket);
    const dialog = page.getByRole('dialog', { name: `Properties of ${bucket}` });
    const config = new BucketConfigPage(page, dialog);
    await config.selectTab(tab);
    return config;
  }

  /** The ACL dialog of one object, once opened from its menu. */
  static async objectAcl(page: Page, key: string): Promise<BucketConfigPage> {
    const dialog = page.getByRole('dialog', { name: `Access control of ${key}` });
    const config = new BucketConfigPage(page, dialog, dialog);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Reading the configuration from the server…')).toBeHidden();
    return config;
  }

  tab(name: string): Locator {
    return this.dialog.getByRole('tab', { name, exact: true });
  }

  async selectTab(name: string): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
    await expect(this.panel.getByText('Reading the configuration from the server…')).toBeHidden();
  }

  /** The editor's own section (absent in the none and review states). */
  get form(): Locator {
    return this.panel.getByRole('region', { name: /^Edit the / });
  }

  noneTitle(kindName: string): Locator {
    return this.panel.getByText(`No ${kindName}`, { exact: true });
  }

  async create(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Create', exact: true }).click();
  }

  async showForm(): Promise<void> {
    await this.view('Form').click();
    await expect(this.view('Form')).toHaveAttribute('aria-pressed', 'true');
  }

  async showRaw(): Promise<void> {
    await this.view('Raw').click();
    await expect(this.view('Raw')).toHaveAttribute('aria-pressed', 'true');
  }

  private view(name: 'Form' | 'Raw'): Locator {
    return this.panel.getByRole('group', { name: 'Edit as' }).getByRole('button', { name });
  }

  /** The CodeMirror editor of the raw view ("Raw JSON" or "Raw XML"). */
  get rawEditor(): Locator {
    return this.panel.getByRole('textbox', { name: /^Raw (JSON|XML)$/ });
  }

  async chooseRawFormat(format: 'JSON' | 'XML'): Promise<void> {
    await this.panel.getByLabel('Raw format').selectOption({ label: format });
  }

  /**
   * Replaces the raw text the way a person pastes it: select all, then a paste event carrying
   * the text (typing through the DOM would turn leading spaces into no-break spaces).
   */
  async replaceRaw(text: string): Promise<void> {
    await this.rawEditor.click();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.rawEditor.evaluate((element, pasted) => {
      // Browser globals, typed here because the e2e project compiles without the DOM library.
      const browser = globalThis as unknown as {
        DataTransfer: new () => { setData: (type: string, value: string) => void };
        ClipboardEvent: new (type: string, init: Record<string, unknown>) => Event;
      };
      const data = new browser.DataTransfer();
      data.setData('text/plain', pasted);
      const target = element as unknown as { dispatchEvent: (event: Event) => boolean };
      target.dispatchEvent(
        new browser.ClipboardEvent('paste', {
          clipboardData: data,
          bubbles: true,
          cancelable: true,
        }),
      );
    }, text);
  }

  /** "Line n: …" entries under the raw view. */
  get problems(): Locator {
    return this.panel.getByRole('list', { name: 'Problems' });
  }

  get reviewButton(): Locator {
    return this.panel.getByRole('button', { name: 'Review changes…' });
  }

  /** Opens the review step and answers the diff region. */
  async review(): Promise<Locator> {
    await this.reviewButton.click();
    const diff = this.panel.getByRole('region', {
      name: 'Changes between the server and the draft',
    });
    await expect(diff).toBeVisible();
    return diff;
  }

  /** Lines the diff marks as added (or removed), e.g. to check `"Sid": "New"` is among them. */
  diffLines(diff: Locator, kind: 'added' | 'removed'): Locator {
    return diff.locator(`[data-diff="${kind}"]`);
  }

  async backToEditing(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Back to editing' }).click();
  }

  /** Applies from the review step and waits for the re-read ("Saved. The server stored:"). */
  async apply(): Promise<Locator> {
    await this.panel.getByRole('button', { name: 'Apply', exact: true }).click();
    const outcome = this.panel.getByRole('status').filter({ hasText: 'Saved.' });
    await expect(outcome).toBeVisible();
    return outcome;
  }

  /** What the server stored, as shown after Apply. */
  get stored(): Locator {
    return this.panel.getByLabel('What the server stored', { exact: true });
  }

  async delete(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Delete…' }).click();
    await this.panel
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
  }

  async screenshot(testInfo: TestInfo, name: string): Promise<void> {
    await screenshotBothSchemes(this.page, testInfo, name);
  }
}
