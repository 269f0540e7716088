import { errorMessage } from '../../contract/contract-error.js';
import { showNotice } from '../../ui/notices.js';
import { openMessages as m } from './messages.js';

/** Puts lines on the clipboard and says so, or says why not (a refused permission, no focus). */
export async function copyLines(lines: readonly string[]): Promise<void> {
  const text = lines.join('\n');
  try {
    await navigator.clipboard.writeText(text);
    showNotice({
      text: lines.length === 1 ? m.copied(text) : m.copiedCount(lines.length),
      tone: 'success',
    });
  } catch (error) {
    showNotice({ text: m.copyFailed(errorMessage(error)), tone: 'error' });
  }
}
