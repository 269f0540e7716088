import { knownStorageClasses } from './config/replication.js';
import type { ProviderId } from './profile.js';

/** Every storage class Holdall may ask for, in the order menus list them. */
export const storageClasses = knownStorageClasses;

const basic = ['STANDARD', 'REDUCED_REDUNDANCY'] as const;

/**
 * The classes each provider takes on PUT and copy. AWS knows them all; JD Cloud OSS documents
 * only these two; RGW knows STANDARD plus whatever its zone's placement defines (REDUCED_REDUNDANCY
 * in the test fixture and in many deployments); MinIO maps REDUCED_REDUNDANCY to its RRS parity.
 */
export const providerStorageClasses: Readonly<
  Record<ProviderId, readonly (typeof storageClasses)[number][]>
> = {
  aws: storageClasses,
  jdcloud: basic,
  ceph: basic,
  minio: basic,
  generic: basic,
};
