import { websiteConfigSchema } from '../../../../../../shared/domain/config/website.js';
import type { WebsiteConfig } from '../../../../../../shared/domain/config/website.js';
import type { ConfigKindDefinition } from '../../config-kind.js';
import { s3RawParts, schemaErrors } from '../s3-document/s3-definition.js';
import { websiteCodec } from './website-document.js';
import { emptyWebsite, WebsiteForm } from './website-form.js';

const websiteNames = {
  indexDocument: 'IndexDocument.Suffix',
  errorDocument: 'ErrorDocument.Key',
  redirectAllRequestsTo: 'RedirectAllRequestsTo',
  routingRules: 'RoutingRules',
  condition: 'Condition',
  redirect: 'Redirect',
  keyPrefixEquals: 'KeyPrefixEquals',
  httpErrorCodeReturnedEquals: 'HttpErrorCodeReturnedEquals',
  hostName: 'HostName',
  protocol: 'Protocol',
  replaceKeyPrefixWith: 'ReplaceKeyPrefixWith',
  replaceKeyWith: 'ReplaceKeyWith',
  httpRedirectCode: 'HttpRedirectCode',
};

/** Static website hosting: `<WebsiteConfiguration>` or the AWS CLI's JSON. */
export const websiteDefinition: ConfigKindDefinition<WebsiteConfig> = {
  feature: 'website',
  ...s3RawParts(websiteCodec, websiteConfigSchema, websiteNames),
  load: (client, { profileId, bucket }) =>
    client.invoke('config.website.get', { profileId, bucket }),
  async save(client, { profileId, bucket }, website) {
    await client.invoke('config.website.put', { profileId, bucket, website });
  },
  async remove(client, { profileId, bucket }) {
    await client.invoke('config.website.delete', { profileId, bucket });
  },
  emptyModel: emptyWebsite,
  validate: (model) => schemaErrors(websiteConfigSchema, model),
  Form: WebsiteForm,
};
