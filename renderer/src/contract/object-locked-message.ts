import { lockRefusalSchema } from '../../../shared/domain/object-lock.js';
import { localized } from '../i18n/localized.js';
import { formatDate } from '../lib/format-date.js';

const messages = localized({
  en: {
    lockedUntil: (mode: 'GOVERNANCE' | 'COMPLIANCE', until: string) =>
      mode === 'COMPLIANCE'
        ? `Locked in compliance mode until ${until}: nobody can delete this version before then.`
        : `Locked in governance mode until ${until}: only people allowed to bypass governance can delete this version before then.`,
    legalHold: 'Legal hold is on: turn it off in the version’s properties to delete it.',
  },
  'zh-CN': {
    lockedUntil: (mode: 'GOVERNANCE' | 'COMPLIANCE', until: string) =>
      mode === 'COMPLIANCE'
        ? `已在合规模式下锁定至 ${until}：在此之前任何人都不能删除此版本。`
        : `已在治理模式下锁定至 ${until}：在此之前只有有权绕过治理模式的用户才能删除此版本。`,
    legalHold: '合法保留已开启：请先在该版本的属性中关闭它，再删除。',
  },
});

/** Why a lock refused a delete, from the error's details, in the current language. */
export function objectLockedMessage(
  details: Record<string, unknown> | undefined,
): string | undefined {
  const parsed = lockRefusalSchema.safeParse(details);
  if (!parsed.success) return undefined;
  const { mode, retainUntil, legalHold } = parsed.data;
  const parts: string[] = [];
  if (mode !== undefined && retainUntil !== undefined) {
    parts.push(messages.lockedUntil(mode, formatDate(retainUntil)));
  }
  if (legalHold) parts.push(messages.legalHold);
  return parts.length === 0 ? undefined : parts.join(' ');
}
