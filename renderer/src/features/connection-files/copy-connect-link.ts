import { buildConnectLink } from '../../../../shared/domain/connection-link.js';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import { errorMessage } from '../../contract/contract-error.js';
import { showNotice } from '../../ui/notices.js';
import { connectionFileMessages as m } from './messages.js';

/** Puts the connection's `holdall://connect` link on the clipboard: its settings, no key. */
export async function copyConnectLink(profile: ProfileSummary): Promise<void> {
  const { name, endpoint, region, bucket, addressing } = profile;
  const link = buildConnectLink({
    name,
    endpoint,
    region,
    addressing,
    ...(bucket === undefined ? {} : { bucket }),
  });
  try {
    await navigator.clipboard.writeText(link);
    showNotice({ text: m.linkCopied, tone: 'success' });
  } catch (error) {
    showNotice({ text: errorMessage(error), tone: 'error' });
  }
}
