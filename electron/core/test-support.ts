import { s3Target } from '../../e2e/fixtures/s3.js';
import type { ClientSettings } from './s3/client-factory.js';

/** Holdall's client settings for the run's test server (Ceph RGW, path style). */
export function testSettings(): ClientSettings {
  return { provider: 'ceph', addressing: 'path', ...s3Target() };
}
