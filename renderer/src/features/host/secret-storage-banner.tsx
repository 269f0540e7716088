import { useQuery } from '@tanstack/react-query';
import { useContract } from '../../contract/contract-context.js';
import { hostInfoQuery } from '../../contract/queries.js';

/** Secrets kept in plaintext-equivalent storage must never be a surprise. */
export function SecretStorageBanner() {
  const client = useContract();
  const { data } = useQuery(hostInfoQuery(client));
  const warning = data?.secretStorage.warning ?? null;
  if (warning === null) return null;
  return (
    <div className="banner banner-warning" role="note" data-testid="secret-storage-warning">
      {warning}
    </div>
  );
}
