import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract/envelope.js';
import { providerIds } from '../../../shared/domain/profile.js';
import { dialects, unsupportedByProvider } from './dialects.js';

describe('dialects', () => {
  it('has one dialect per provider, keyed by its own id', () => {
    expect(Object.keys(dialects).sort()).toEqual([...providerIds].sort());
    for (const id of providerIds) expect(dialects[id].id).toBe(id);
  });

  it('uses the SDK default checksums on AWS only: others reject trailing checksums', () => {
    expect(dialects.aws).toMatchObject({
      requestChecksums: 'WHEN_SUPPORTED',
      responseChecksums: 'WHEN_SUPPORTED',
    });
    for (const id of providerIds.filter((p) => p !== 'aws')) {
      // The dialect's own id field names the provider in a failure message.
      expect(dialects[id]).toMatchObject({
        id,
        requestChecksums: 'WHEN_REQUIRED',
        responseChecksums: 'WHEN_REQUIRED',
      });
    }
  });

  describe('jdcloud (seed tables and JD Cloud docs)', () => {
    const jd = dialects.jdcloud;

    it('offers every seed operation', () => {
      expect(jd.unsupportedOperations).toEqual([]);
    });

    it('copies without conditions or a tagging directive, in two storage classes', () => {
      expect(jd.copy).toEqual({
        conditions: false,
        conditionHeaders: 'standard',
        taggingDirective: false,
        storageClasses: ['STANDARD', 'REDUCED_REDUNDANCY'],
      });
      expect(jd.uploadPartCopy).toEqual({ conditions: false });
    });

    it('deletes multiple objects without version ids', () => {
      expect(jd.deleteObjects).toEqual({ versionIds: false });
    });

    it('limits replication: no account, role, owner, ACL translation or selection criteria', () => {
      expect([...jd.replication.unsupportedFields].sort()).toEqual(
        ['Account', 'AccessControlTranslation', 'Owner', 'Role', 'SourceSelectionCriteria'].sort(),
      );
      expect(jd.replication.singleDestinationBucket).toBe(true);
      expect(jd.replication.nonOverlappingPrefixes).toBe(true);
    });

    it('notifies through topics only', () => {
      expect(jd.notification.kinds).toEqual(['topic']);
    });
  });

  describe('minio', () => {
    it('has no website configuration API', () => {
      expect([...dialects.minio.unsupportedOperations].sort()).toEqual(
        ['DeleteBucketWebsite', 'GetBucketWebsite', 'PutBucketWebsite'].sort(),
      );
    });

    it('takes canned ACLs only', () => {
      expect(dialects.minio.acl.explicitGrants).toBe(false);
    });
  });

  it('jdcloud offers no public access block, requester pays, object lock or object versions (not in its S3 API)', () => {
    expect(dialects.jdcloud.unsupportedFeatures).toEqual({
      publicAccessBlock: 'public access block',
      requestPayment: 'requester pays',
      objectLock: 'object lock',
      versions: 'object versions',
    });
    expect(dialects.ceph.unsupportedFeatures).toEqual({});
    expect(dialects.aws.unsupportedFeatures).toEqual({});
  });

  it('ceph notifies through SNS-style topics only', () => {
    expect(dialects.ceph.notification.kinds).toEqual(['topic']);
  });

  it('ceph reads copy conditions under their legacy names and ignores what RGW 16 ignores', () => {
    expect(dialects.ceph.copy.conditionHeaders).toBe('legacy');
    expect(dialects.ceph.copy.taggingDirective).toBe(false);
    expect(dialects.ceph.uploadPartCopy.conditions).toBe(false);
  });

  it.each(['aws', 'generic'] as const)('%s is permissive', (id) => {
    const d = dialects[id];
    expect(d.unsupportedOperations).toEqual([]);
    expect(d.copy).toEqual({
      conditions: true,
      conditionHeaders: 'standard',
      taggingDirective: true,
      storageClasses: undefined,
    });
    expect(d.uploadPartCopy.conditions).toBe(true);
    expect(d.deleteObjects.versionIds).toBe(true);
    expect(d.acl.explicitGrants).toBe(true);
    expect(d.replication).toEqual({
      unsupportedFields: [],
      singleDestinationBucket: false,
      nonOverlappingPrefixes: false,
    });
    expect([...d.notification.kinds].sort()).toEqual(['cloudFunction', 'queue', 'topic']);
  });
});

describe('unsupportedByProvider', () => {
  it('names the provider by its label and the refused field', () => {
    const err = unsupportedByProvider(dialects.jdcloud, 'x-amz-tagging-directive');
    expect(err).toBeInstanceOf(AppError);
    expect(err.toShape()).toEqual({
      code: 'UnsupportedByProvider',
      message: 'JD Cloud OSS does not support x-amz-tagging-directive.',
      details: { provider: 'jdcloud', field: 'x-amz-tagging-directive' },
    });
  });

  it('uses each provider label', () => {
    expect(unsupportedByProvider(dialects.minio, 'GetBucketWebsite').message).toBe(
      'MinIO does not support GetBucketWebsite.',
    );
    expect(unsupportedByProvider(dialects.ceph, 'Queue notifications').message).toBe(
      'Ceph RGW does not support Queue notifications.',
    );
  });
});

describe('object lock in the dialects', () => {
  it('is reported unsupported by the probe exactly where the dialect does not offer it', () => {
    for (const dialect of Object.values(dialects))
      expect(dialect.unsupportedFeatures.objectLock === undefined, dialect.id).toBe(
        dialect.objectLock.offered,
      );
  });
});
