// Test support: an S3 client whose transport keeps each configuration PUT's XML and answers it
// to the next GET, so a round trip runs through the SDK's own XML writer and reader, offline.
import { Readable } from 'node:stream';
import { S3Client } from '@aws-sdk/client-s3';

interface EchoRequest {
  method: string;
  query?: Record<string, string | string[] | null>;
  body?: unknown;
}

const OWNER_ACL =
  '<AccessControlPolicy><Owner><ID>owner</ID></Owner><AccessControlList><Grant>' +
  '<Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser">' +
  '<ID>owner</ID></Grantee><Permission>FULL_CONTROL</Permission></Grant></AccessControlList>' +
  '</AccessControlPolicy>';

/** What a bucket answers before anything was put: an owner-only ACL, versioning on. */
const initial: Record<string, string> = {
  acl: OWNER_ACL,
  versioning: '<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>',
};

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
  throw new Error(`echo S3: unexpected body ${typeof body}`);
}

/** The configuration a request is about: its one sub-resource query key (`?website`, `?cors` …). */
function subresource(request: EchoRequest): string {
  const [name] = Object.keys(request.query ?? {}).filter((key) => !key.startsWith('x-'));
  if (name === undefined) throw new Error('echo S3: a request without a sub-resource');
  return name;
}

export function echoS3Client(): S3Client {
  const stored = new Map<string, string>(Object.entries(initial));
  return new S3Client({
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:9',
    forcePathStyle: true,
    credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 1,
    requestHandler: {
      handle: (request: EchoRequest) => {
        const name = subresource(request);
        let body = '';
        if (request.method === 'PUT') stored.set(name, bodyText(request.body));
        else if (request.method === 'DELETE') stored.delete(name);
        else body = stored.get(name) ?? '';
        const response = {
          statusCode: 200,
          headers: { 'content-type': 'application/xml' },
          body: Readable.from([Buffer.from(body)]),
        };
        return Promise.resolve({ response });
      },
    },
  });
}
