import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aclGrantsArbitrary,
  corsArbitrary,
  notificationArbitrary,
  policyArbitrary,
  replicationArbitrary,
  taggingArbitrary,
  websiteArbitrary,
} from '../../../../../shared/domain/config/config-arbitraries.js';
import type { ProviderId } from '../../../../../shared/domain/profile.js';
import { aclDefinition } from '../acl/acl-definition.js';
import { ownerGrant } from '../acl/acl-model.js';
import type { AclModel } from '../acl/acl-model.js';
import type { ConfigKindDefinition, ValidationContext } from '../config-kind.js';
import { policyDefinition, policyFromRaw } from '../policy/policy-definition.js';
import { corsDefinition } from './cors/cors-definition.js';
import { notificationDefinition } from './notification/notification-definition.js';
import { replicationDefinition } from './replication/replication-definition.js';
import { taggingDefinition } from './tagging/tagging-definition.js';
import { websiteDefinition } from './website/website-definition.js';

/** Generated configurations per kind and provider; each is written and read in every raw format. */
const RUNS = 150;
const TIMEOUT_MS = 60_000;

const context = (provider: ProviderId): ValidationContext => ({ provider, bucket: 'b' });

/** The editor takes the model as it is (no field errors) and reads its own raw text back to it. */
function editorKeeps<Model>(
  definition: ConfigKindDefinition<Model>,
  models: Arbitrary<Model>,
  provider: ProviderId,
): void {
  fc.assert(
    fc.property(models, (model) => {
      expect(definition.validate(model, context(provider))).toEqual({});
      for (const format of definition.rawFormats) {
        const raw = definition.toRaw(model, format);
        expect(definition.fromRaw(raw, format)).toEqual({ ok: true, model });
      }
    }),
    { numRuns: RUNS },
  );
}

const aclModels: Arbitrary<AclModel> = aclGrantsArbitrary(['holdall', 'holdall-other']).map(
  (grants) => {
    const owner = { id: 'holdall', displayName: 'holdall' };
    // The server lists the owner's full control once, with its display name.
    const others = grants.filter(
      (g) =>
        !(
          g.grantee.type === 'user' &&
          g.grantee.id === owner.id &&
          g.permission === 'FULL_CONTROL'
        ),
    );
    return { owner, canned: undefined, grants: [ownerGrant(owner), ...others] };
  },
);

/** A policy as the editor loads it from the server's text. */
const policyModels = policyArbitrary('b').map((text) => {
  const read = policyFromRaw(text);
  if (!read.ok) throw new Error(`a generated policy did not read: ${JSON.stringify(read)}`);
  return read.model;
});

describe('every configuration the host can answer, the editor accepts and writes back unchanged', () => {
  it('website', () => editorKeeps(websiteDefinition, websiteArbitrary, 'ceph'), TIMEOUT_MS);
  it('CORS', () => editorKeeps(corsDefinition, corsArbitrary, 'ceph'), TIMEOUT_MS);
  it('bucket tags', () => editorKeeps(taggingDefinition, taggingArbitrary, 'ceph'), TIMEOUT_MS);
  it(
    'replication, AWS fields on AWS',
    () =>
      editorKeeps(
        replicationDefinition,
        replicationArbitrary({ destinations: ['dest-a', 'dest.b'], awsFields: true }),
        'aws',
      ),
    TIMEOUT_MS,
  );
  it(
    'notification, topics only on Ceph',
    () =>
      editorKeeps(
        notificationDefinition,
        notificationArbitrary({ topicArns: ['arn:aws:sns:us-east-1::t1'], awsKinds: false }),
        'ceph',
      ),
    TIMEOUT_MS,
  );
  it(
    'notification, queues and functions on AWS',
    () =>
      editorKeeps(
        notificationDefinition,
        notificationArbitrary({
          topicArns: ['arn:aws:sns:us-east-1:123456789012:t1'],
          awsKinds: true,
        }),
        'aws',
      ),
    TIMEOUT_MS,
  );
  it('ACL', () => editorKeeps(aclDefinition, aclModels, 'ceph'), TIMEOUT_MS);
  it('policy', () => editorKeeps(policyDefinition, policyModels, 'ceph'), TIMEOUT_MS);
});
