import { isMidnightUtc } from '../../../../../../shared/domain/config/lifecycle.js';
import type { LifecycleRule } from '../../../../../../shared/domain/config/lifecycle.js';
import { formatSize } from '../../../../lib/format-size.js';
import { lifecycleMessages } from './messages.js';

const usable = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n);
const usableDate = (d: string | undefined): d is string => d !== undefined && isMidnightUtc(d);

/** "2027-01-01T00:00:00.000Z" → "2027-01-01": S3 dates are whole days in UTC. */
const dayOf = (iso: string): string => iso.slice(0, 10);

/** Which objects a rule is about, e.g. "under logs/ tagged team=web larger than 1 MiB". */
function qualifiers(rule: LifecycleRule): string {
  const s = lifecycleMessages.say;
  const parts: string[] = [];
  if (rule.prefix !== '') parts.push(s.under(rule.prefix));
  if (rule.tags.length > 0) {
    parts.push(s.tagged(rule.tags.map((t) => `${t.key}=${t.value}`).join(s.tagJoin)));
  }
  if (usable(rule.objectSizeGreaterThan))
    parts.push(s.larger(formatSize(rule.objectSizeGreaterThan)));
  if (usable(rule.objectSizeLessThan)) parts.push(s.smaller(formatSize(rule.objectSizeLessThan)));
  return parts.join(s.qualifierJoin);
}

/**
 * What a rule does, in plain words and the current language: one sentence per action, e.g.
 * "Deletes objects under logs/ 30 days after upload". Reads drafts too: a field still empty
 * or invalid is left out rather than guessed.
 */
export function describeLifecycleRule(rule: LifecycleRule): string[] {
  const s = lifecycleMessages.say;
  const which = qualifiers(rule);
  const current = which === '' ? s.allObjects : s.objects(which);
  const noncurrent = s.noncurrent(which);
  const sentences: string[] = [];
  const e = rule.expiration;
  if (usable(e?.days)) sentences.push(s.expireDays(current, s.days(e.days)));
  if (usableDate(e?.date)) sentences.push(s.expireDate(current, dayOf(e.date)));
  if (e?.expiredObjectDeleteMarker === true) sentences.push(s.expireMarkers);
  for (const t of rule.transitions) {
    if (t.storageClass === '') continue;
    if (usable(t.days)) sentences.push(s.moveDays(current, t.storageClass, s.days(t.days)));
    if (usableDate(t.date)) sentences.push(s.moveDate(current, t.storageClass, dayOf(t.date)));
  }
  const n = rule.noncurrentExpiration;
  if (usable(n?.noncurrentDays)) {
    const days = s.days(n.noncurrentDays);
    sentences.push(
      usable(n.newerNoncurrentVersions)
        ? s.keepNoncurrent(n.newerNoncurrentVersions, days)
        : s.expireNoncurrent(noncurrent, days),
    );
  }
  for (const t of rule.noncurrentTransitions) {
    if (usable(t.noncurrentDays) && t.storageClass !== '') {
      sentences.push(s.moveNoncurrent(noncurrent, t.storageClass, s.days(t.noncurrentDays)));
    }
  }
  const abort = rule.abortIncompleteMultipartUpload?.daysAfterInitiation;
  if (usable(abort)) sentences.push(s.abort(s.days(abort)));
  return rule.status === 'Disabled' && sentences.length > 0
    ? [s.disabled, ...sentences]
    : sentences;
}
