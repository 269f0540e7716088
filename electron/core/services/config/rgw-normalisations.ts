// Test support: what Ceph RGW changes in a configuration it stores (docs/rgw-quirks.md), applied
// to both sides of a round-trip comparison so only real losses fail it.
import type { Acl, AclGrant } from '../../../../shared/domain/config/acl.js';
import type { CorsConfig } from '../../../../shared/domain/config/cors.js';
import type { NotificationConfig } from '../../../../shared/domain/config/notification.js';
import type { ReplicationConfig } from '../../../../shared/domain/config/replication.js';
import type { WebsiteConfig } from '../../../../shared/domain/config/website.js';
import type { BucketTags } from '../../../../shared/domain/tags.js';

const sorted = <T>(list: readonly T[], by: (item: T) => string = String): T[] =>
  [...list].sort((a, b) => (by(a) < by(b) ? -1 : by(a) > by(b) ? 1 : 0));

/** An empty key replacement (`<ReplaceKeyWith></ReplaceKeyWith>`) is not stored. */
export const rgwWebsite = (w: WebsiteConfig): WebsiteConfig => ({
  ...w,
  routingRules: w.routingRules.map((rule) => ({
    ...rule,
    redirect: Object.fromEntries(
      Object.entries(rule.redirect).filter(
        ([name, value]) => !(name.startsWith('replaceKey') && value === ''),
      ),
    ),
  })),
});

/** Tags come back sorted by key. */
export const rgwTagging = (t: BucketTags): BucketTags => ({
  tags: sorted(t.tags, (tag) => tag.key),
});

/** Origins, methods and headers come back in RGW's own order. */
export const rgwCors = (c: CorsConfig): CorsConfig => ({
  rules: c.rules.map((rule) => ({
    ...rule,
    allowedOrigins: sorted(rule.allowedOrigins),
    allowedMethods: sorted(rule.allowedMethods),
    allowedHeaders: sorted(rule.allowedHeaders),
    exposeHeaders: sorted(rule.exposeHeaders),
  })),
});

/**
 * Rules and their tags come back in RGW's own order; an unset priority reads as 0;
 * delete-marker replication is not stored (RGW ignores it).
 */
export const rgwReplication = (c: ReplicationConfig): ReplicationConfig => ({
  ...c,
  rules: sorted(
    c.rules.map(({ deleteMarkerReplication: _ignored, ...rule }) => ({
      ...rule,
      priority: rule.priority ?? 0,
      tags: sorted(rule.tags, (tag) => tag.key),
    })),
    (rule) => rule.id,
  ),
});

/** Notifications come back in RGW's own order. */
export const rgwNotification = (c: NotificationConfig): NotificationConfig => ({
  ...c,
  topics: sorted(c.topics, (t) => t.id),
});

/** Grants come back group-first, users with their display names. */
export const rgwAcl = (c: Acl): Acl => ({
  owner: { id: c.owner.id },
  grants: sorted(
    c.grants.map((g): AclGrant =>
      g.grantee.type === 'user' ? { ...g, grantee: { type: 'user', id: g.grantee.id } } : g,
    ),
    (g) => JSON.stringify(g),
  ),
});
