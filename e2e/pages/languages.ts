import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import type { S3TestTarget } from '../fixtures/rgw.js';
import { rgwConnectionDraft } from '../fixtures/s3.js';

export type LanguageName = 'English' | '简体中文';

/** The language switch in the sidebar, found in either language. */
export class LanguagesPage {
  constructor(readonly page: Page) {}

  get control(): Locator {
    return this.page.getByRole('combobox', { name: /^(Language|语言)$/ });
  }

  async choose(language: LanguageName): Promise<void> {
    await this.control.selectOption({ label: language });
    await expect(this.control).toHaveAccessibleName(language === 'English' ? 'Language' : '语言');
  }

  async expectDocumentLanguage(lang: 'en' | 'zh-CN'): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
  }

  /** Saves a connection over the contract, as the page would: arranging, not testing. */
  async saveConnection(name: string, target: S3TestTarget): Promise<void> {
    const envelope = await this.page.evaluate(
      async (draft) => {
        const res = await fetch('/api/invoke/profiles.save', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(draft),
        });
        return (await res.json()) as { ok: boolean; error?: unknown };
      },
      rgwConnectionDraft(name, target),
    );
    if (!envelope.ok) throw new Error(`profiles.save: ${JSON.stringify(envelope.error)}`);
  }
}
