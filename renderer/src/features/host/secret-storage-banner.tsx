import { useQuery } from '@tanstack/react-query';
import { useContract } from '../../contract/contract-context.js';
import { hostInfoQuery } from '../../contract/queries.js';
import { hostMessages } from './messages.js';

/** Secrets kept in plaintext-equivalent storage must never be a surprise. */
export function SecretStorageBanner() {
  const client = useContract();
  const { data } = useQuery(hostInfoQuery(client));
  const storage = data?.secretStorage;
  if (storage === undefined || storage.warning === null) return null;
  // The host's own sentence is English; the kinds it can report are worded in every language here.
  const warning =
    storage.kind === 'os-keychain' ? storage.warning : hostMessages.storageWarning[storage.kind];
  return (
    // A named region: content outside landmarks is missed by landmark navigation.
    <section
      className="banner banner-warning"
      aria-label={hostMessages.storageBannerLabel}
      data-testid="secret-storage-warning"
    >
      {warning}
    </section>
  );
}
