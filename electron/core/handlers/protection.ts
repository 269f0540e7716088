import type { protectionChannels } from '../../../shared/contract/channels/protection.js';
import {
  deletePublicAccessBlock,
  getPublicAccessBlock,
  putPublicAccessBlock,
} from '../services/config/public-access-block.js';
import { getRequestPayment, putRequestPayment } from '../services/config/request-payment.js';
import type { CoreDeps, DomainHandlers } from './deps.js';

const done = {};

export function protectionHandlers({
  clients,
}: CoreDeps): DomainHandlers<typeof protectionChannels> {
  const client = (profileId: string) => clients.get(profileId);
  return {
    'config.publicAccessBlock.get': async ({ profileId, bucket }, { signal }) =>
      getPublicAccessBlock(await client(profileId), bucket, signal),
    'config.publicAccessBlock.put': async (
      { profileId, bucket, publicAccessBlock },
      { signal },
    ) => {
      await putPublicAccessBlock(await client(profileId), bucket, publicAccessBlock, signal);
      return done;
    },
    'config.publicAccessBlock.delete': async ({ profileId, bucket }, { signal }) => {
      await deletePublicAccessBlock(await client(profileId), bucket, signal);
      return done;
    },
    'config.requestPayment.get': async ({ profileId, bucket }, { signal }) =>
      getRequestPayment(await client(profileId), bucket, signal),
    'config.requestPayment.put': async ({ profileId, bucket, payer }, { signal }) => {
      await putRequestPayment(await client(profileId), bucket, { payer }, signal);
      return done;
    },
  };
}
