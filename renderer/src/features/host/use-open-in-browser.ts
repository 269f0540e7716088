import { useCallback } from 'react';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { showNotice } from '../../ui/notices.js';

/** Opens a link outside the app; a refused or failed one says why in a notice. */
export function useOpenInBrowser(): (url: string) => void {
  const client = useContract();
  return useCallback(
    (url: string) => {
      client
        .openInBrowser(url)
        .catch((err: unknown) => showNotice({ tone: 'error', text: errorMessage(err) }));
    },
    [client],
  );
}
