import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export interface PageFile {
  name: string;
  /** Bytes as base64, so binary content crosses into the page intact. */
  base64: string;
}

/**
 * The activity panel (one list of tasks: uploads, downloads and every other kind) and the
 * upload/download controls, in the words the UI shows. An upload or download is one row per
 * request: named by its one item, or "3 items" when a drop or a selection held several.
 */
export class TransfersPage {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: 'Activity' });
  }

  get queue(): Locator {
    return this.region.getByRole('list', { name: 'Tasks' });
  }

  get toggle(): Locator {
    return this.region.getByRole('button', { name: /^Activity/ });
  }

  async expand(): Promise<void> {
    await expect(this.toggle).toBeVisible();
    if ((await this.toggle.getAttribute('aria-expanded')) !== 'true') await this.toggle.click();
    await expect(this.toggle).toHaveAttribute('aria-expanded', 'true');
  }

  async collapse(): Promise<void> {
    await expect(this.toggle).toBeVisible();
    if ((await this.toggle.getAttribute('aria-expanded')) !== 'false') await this.toggle.click();
    await expect(this.toggle).toHaveAttribute('aria-expanded', 'false');
  }

  /** The header's one line (counts, speed, time left), shown collapsed or not. */
  get summary(): Locator {
    return this.region.getByRole('group', { name: 'Activity summary' });
  }

  /** The splitter on the panel's top edge. */
  get resizer(): Locator {
    return this.region.getByRole('separator', { name: 'Resize the activity panel' });
  }

  /** The tasks' rows in view: the list renders those (and a few around), not all of them. */
  get jobs(): Locator {
    return this.queue.getByRole('listitem');
  }

  job(name: string): Locator {
    return this.queue.getByRole('listitem', { name, exact: true });
  }

  async expectState(name: string, state: string, timeout = 30_000): Promise<void> {
    await expect(this.job(name).locator('.transfer-state')).toHaveText(state, { timeout });
  }

  async expectDone(name: string, timeout = 30_000): Promise<void> {
    await this.expectState(name, 'Done', timeout);
    await expect(this.job(name).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  }

  jobButton(name: string, action: 'Pause' | 'Resume' | 'Cancel' | 'Retry'): Locator {
    return this.job(name).getByRole('button', { name: `${action} ${name}`, exact: true });
  }

  tab(name: 'Queue' | 'Incomplete uploads'): Locator {
    return this.region.getByRole('tab', { name });
  }

  /** The hidden pickers behind "Upload files" and "Upload folder" in the object list toolbar. */
  get filesInput(): Locator {
    return this.page.getByLabel('Files to upload', { exact: true });
  }

  get folderInput(): Locator {
    return this.page.getByLabel('Folder to upload', { exact: true });
  }

  /**
   * Drops files the way a browser does: a real DataTransfer built in the page,
   * dispatched as dragenter, dragover and drop on the target.
   */
  async dropFiles(target: Locator, files: readonly PageFile[]): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle((list) => {
      // This file is type-checked without the DOM library; the callback runs in the page.
      const page = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: File): unknown } };
      };
      const data = new page.DataTransfer();
      for (const { name, base64 } of list) {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        data.items.add(new File([bytes], name));
      }
      return data;
    }, files);
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
    await dataTransfer.dispose();
  }

  /**
   * Drops files and folders the way Chromium offers a dropped tree: a real DataTransfer (its
   * types say "Files") whose items answer file-system entries, which the page walks. A synthetic
   * DataTransfer cannot hold a folder, so the entries are made in the page from `tree`: a path
   * ending in "/" is an empty folder, "album/a.jpg" a file inside the dropped folder "album".
   */
  async dropTree(target: Locator, tree: Readonly<Record<string, string>>): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle((files) => {
      // This file is type-checked without the DOM library; the callback runs in the page.
      interface Entry {
        name: string;
        isFile: boolean;
        isDirectory: boolean;
        children: Entry[];
        file(ok: (file: unknown) => void): void;
        createReader(): { readEntries(ok: (entries: Entry[]) => void): void };
      }
      const page = globalThis as unknown as {
        File: new (parts: string[], name: string) => unknown;
        DataTransfer: new () => { items: { add(file: unknown): unknown } };
      };
      const make = (name: string, text: string | null): Entry => {
        const children: Entry[] = [];
        return {
          name,
          isFile: text !== null,
          isDirectory: text === null,
          children,
          file: (ok) => ok(new page.File([text ?? ''], name)),
          createReader: () => {
            let read = false;
            return {
              readEntries: (ok) => {
                ok(read ? [] : children);
                read = true;
              },
            };
          },
        };
      };
      const top: Entry[] = [];
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let level = top;
        parts.forEach((part, at) => {
          if (part === '') return;
          const leaf = at === parts.length - 1;
          let entry = level.find((e) => e.name === part);
          if (entry === undefined) {
            entry = make(part, leaf ? text : null);
            level.push(entry);
          }
          level = entry.children;
        });
      }
      const data = new page.DataTransfer();
      // A real file makes the drop carry "Files"; the items below are what the page reads.
      data.items.add(new page.File([''], 'placeholder'));
      const items = top.map((entry) => ({
        kind: 'file',
        webkitGetAsEntry: () => entry,
        getAsFile: () => null,
      }));
      Object.defineProperty(data, 'items', { value: items });
      return data;
    }, tree);
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
    await dataTransfer.dispose();
  }

  /**
   * Picks the download folder in the dialog's folder list, opening each folder in turn from
   * where the list starts (the host's home folder when it has no Downloads folder).
   */
  async pickDownloadFolder(dialog: Locator, segments: readonly string[]): Promise<void> {
    const field = dialog.getByLabel('Destination folder');
    for (const name of segments) {
      await dialog.getByRole('button', { name: `Open ${name}`, exact: true }).click();
      await expect(field).toHaveValue(new RegExp(`[/\\\\]${name}$`));
    }
  }

  /**
   * Sends a file to the browser host's spool as a drop does and answers the host's read grant
   * for it: how a test arranges an upload through the contract (pages hold grants, not paths).
   */
  async spoolGrant(name: string, text: string): Promise<string> {
    return this.page.evaluate(
      async ({ name, text }) => {
        const query = new URLSearchParams({ drop: `e2edrop${Date.now()}`, path: name });
        const res = await fetch(`/api/spool?${query.toString()}`, { method: 'POST', body: text });
        const envelope = (await res.json()) as { ok: boolean; value?: { grant: string } };
        if (!envelope.ok || envelope.value === undefined) throw new Error(JSON.stringify(envelope));
        return envelope.value.grant;
      },
      { name, text },
    );
  }

  /** Calls the contract as a script in the page could, answering the envelope as it is. */
  async envelope(
    channel: string,
    input: unknown,
  ): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
    return this.page.evaluate(
      async ({ channel, input }) => {
        const res = await fetch(`/api/invoke/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        });
        return (await res.json()) as {
          ok: boolean;
          value?: unknown;
          error?: { code: string; message: string };
        };
      },
      { channel, input },
    );
  }

  /** Calls the contract as the page does (same origin, the host's cookie): arranging, not testing. */
  async invoke<T>(channel: string, input: unknown): Promise<T> {
    const envelope = await this.envelope(channel, input);
    if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
    return envelope.value as T;
  }

  async screenshot(path: string): Promise<void> {
    await this.region.screenshot({ path });
  }
}
