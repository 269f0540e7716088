import { describe, expect, it } from 'vitest';
import type { ConfigKindDefinition } from '../config-kind.js';
import { corsDefinition } from './cors/cors-definition.js';
import { notificationDefinition } from './notification/notification-definition.js';
import { replicationDefinition } from './replication/replication-definition.js';
import { websiteDefinition } from './website/website-definition.js';

const NS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';

/** Documents as Ceph RGW answers them after another client (the AWS CLI) wrote them. */
const rgwDocuments = {
  emptyConditionAndRedirect: `<WebsiteConfiguration ${NS}><IndexDocument><Suffix>index.html</Suffix></IndexDocument><RoutingRules><RoutingRule><Condition></Condition><Redirect></Redirect></RoutingRule><RoutingRule><Condition></Condition><Redirect><HostName>x.example</HostName></Redirect></RoutingRule></RoutingRules></WebsiteConfiguration>`,
  redirectAll: `<WebsiteConfiguration ${NS}><RedirectAllRequestsTo><HostName>x.example</HostName></RedirectAllRequestsTo></WebsiteConfiguration>`,
  cors: `<CORSConfiguration ${NS}><CORSRule><ID>r1</ID><AllowedMethod>GET</AllowedMethod><AllowedMethod>PUT</AllowedMethod><AllowedOrigin>https://a.example</AllowedOrigin><AllowedOrigin>https://b.example</AllowedOrigin><AllowedHeader>*</AllowedHeader><MaxAgeSeconds>3000</MaxAgeSeconds><ExposeHeader>ETag</ExposeHeader><ExposeHeader>x-amz-meta-a</ExposeHeader></CORSRule><CORSRule><AllowedMethod>HEAD</AllowedMethod><AllowedOrigin>*</AllowedOrigin></CORSRule></CORSConfiguration>`,
  replication: `<ReplicationConfiguration ${NS}><Role></Role><Rule><Destination><Bucket>arn:aws:s3:::cf-dest</Bucket></Destination><Filter><And><Prefix>p/</Prefix><Tag><Key>k</Key><Value>v</Value></Tag><Tag><Key>k2</Key><Value></Value></Tag></And></Filter><ID>a</ID><Priority>1</Priority><Status>Enabled</Status></Rule><Rule><Destination><Bucket>arn:aws:s3:::cf-dest</Bucket></Destination><Filter><And><Tag><Key>x</Key><Value>y</Value></Tag><Tag><Key>z</Key><Value>w</Value></Tag></And></Filter><ID>c</ID><Priority>0</Priority><Status>Enabled</Status></Rule><Rule><Destination><Bucket>arn:aws:s3:::cf-dest</Bucket><StorageClass>STANDARD</StorageClass></Destination><Filter><Tag><Key>t</Key><Value>u</Value></Tag></Filter><ID>b</ID><Priority>2</Priority><Status>Disabled</Status></Rule></ReplicationConfiguration>`,
  notification: `<NotificationConfiguration><TopicConfiguration><Id>n1</Id><Topic>arn:aws:sns:us-east-1::cftopic</Topic><Filter><S3Key><FilterRule><Name>prefix</Name><Value>img/</Value></FilterRule><FilterRule><Name>regex</Name><Value>.jpg</Value></FilterRule></S3Key></Filter><Event>s3:ObjectCreated:Put</Event><Event>s3:ObjectRemoved:*</Event></TopicConfiguration><TopicConfiguration><Id>n2</Id><Topic>arn:aws:sns:us-east-1::cftopic</Topic><Event>s3:ObjectCreated:*</Event></TopicConfiguration></NotificationConfiguration>`,
};

/** The editor reads the server's text, finds nothing to fix, and writes it back to the same model. */
function accepts<Model>(definition: ConfigKindDefinition<Model>, xml: string): Model {
  const read = definition.fromRaw(xml, 'xml');
  expect(read).toMatchObject({ ok: true });
  if (!read.ok) throw new Error('unreachable');
  expect(definition.validate(read.model, { provider: 'ceph', bucket: 'b' })).toEqual({});
  for (const format of definition.rawFormats) {
    expect(definition.fromRaw(definition.toRaw(read.model, format), format)).toEqual(read);
  }
  return read.model;
}

describe('the editors accept what RGW answers for documents other clients wrote', () => {
  it('a website whose rules carry an empty Condition and an empty Redirect', () => {
    expect(accepts(websiteDefinition, rgwDocuments.emptyConditionAndRedirect)).toEqual({
      indexDocument: 'index.html',
      routingRules: [{ redirect: {} }, { redirect: { hostName: 'x.example' } }],
    });
  });

  it('a website that only redirects every request', () => {
    expect(accepts(websiteDefinition, rgwDocuments.redirectAll)).toEqual({
      routingRules: [],
      redirectAllRequestsTo: { hostName: 'x.example' },
    });
  });

  it('CORS with expose headers and a max age', () => {
    const cors = accepts(corsDefinition, rgwDocuments.cors);
    expect(cors.rules[0]).toMatchObject({
      exposeHeaders: ['ETag', 'x-amz-meta-a'],
      maxAgeSeconds: 3000,
    });
  });

  it('replication filtered by tags, alone and with a prefix (And)', () => {
    const replication = accepts(replicationDefinition, rgwDocuments.replication);
    expect(replication.rules.map((r) => [r.prefix, r.tags.length])).toEqual([
      ['p/', 2],
      ['', 2],
      ['', 1],
    ]);
  });

  it("notification filter rules, RGW's regex included", () => {
    const notification = accepts(notificationDefinition, rgwDocuments.notification);
    expect(notification.topics[0]?.filter).toEqual({ prefix: 'img/', regex: '.jpg' });
  });
});
