import type { protectionChannels } from '../../../shared/contract/channels/protection.js';
import {
  deletePublicAccessBlock,
  getPublicAccessBlock,
  putPublicAccessBlock,
} from '../services/config/public-access-block.js';
import { getRequestPayment, putRequestPayment } from '../services/config/request-payment.js';
import { configTriadHandlers, onClient } from './config-triad.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

export function protectionHandlers({
  clients,
}: CoreDeps): DomainHandlers<typeof protectionChannels> {
  return {
    ...configTriadHandlers(clients, 'publicAccessBlock', {
      get: getPublicAccessBlock,
      put: onClient(putPublicAccessBlock),
      delete: deletePublicAccessBlock,
    }),
    'config.requestPayment.get': async ({ profileId, bucket }, { signal }) =>
      getRequestPayment(await clients.get(profileId), bucket, signal),
    'config.requestPayment.put': async ({ profileId, bucket, payer }, { signal }) => {
      await putRequestPayment(await clients.get(profileId), bucket, { payer }, signal);
      return {};
    },
  };
}
