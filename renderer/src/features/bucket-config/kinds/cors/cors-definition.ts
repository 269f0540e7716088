import { corsConfigSchema } from '../../../../../../shared/domain/config/cors.js';
import type { CorsConfig } from '../../../../../../shared/domain/config/cors.js';
import type { ConfigKindDefinition } from '../../config-kind.js';
import { s3RawParts, schemaErrors } from '../s3-document/s3-definition.js';
import { corsCodec } from './cors-document.js';
import { CorsForm, newCorsRule } from './cors-form.js';

/** Model names → the AWS CLI's, to place messages on their raw lines. */
const corsNames = {
  rules: 'CORSRules',
  id: 'ID',
  allowedOrigins: 'AllowedOrigins',
  allowedMethods: 'AllowedMethods',
  allowedHeaders: 'AllowedHeaders',
  exposeHeaders: 'ExposeHeaders',
  maxAgeSeconds: 'MaxAgeSeconds',
};

/** Bucket CORS: rules as cards, `<CORSConfiguration>` or `{"CORSRules": …}`, a preflight tester. */
export const corsDefinition: ConfigKindDefinition<CorsConfig> = {
  feature: 'cors',
  ...s3RawParts(corsCodec, corsConfigSchema, corsNames),
  load: (client, { profileId, bucket }) => client.invoke('config.cors.get', { profileId, bucket }),
  async save(client, { profileId, bucket }, cors) {
    await client.invoke('config.cors.put', { profileId, bucket, cors });
  },
  async remove(client, { profileId, bucket }) {
    await client.invoke('config.cors.delete', { profileId, bucket });
  },
  emptyModel: () => ({ rules: [newCorsRule()] }),
  validate: (model) => schemaErrors(corsConfigSchema, model),
  Form: CorsForm,
};
