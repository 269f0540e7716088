import type { ContractClient } from '../../contract/contract-client.js';

const RETRY_MS = 200;

/**
 * Asks the host to stop a folder job. A stop can overtake the job's own request on its way to
 * the host, which then does not know the id yet: ask again while the job still runs.
 */
export async function askToStop(
  client: ContractClient,
  channel: 'objects.stopPrefix',
  operationId: string,
  running: () => boolean,
): Promise<void> {
  while (running()) {
    try {
      const { stopping } = await client.invoke(channel, { operationId });
      if (stopping) return;
    } catch {
      return; // The job's own answer reports whatever happened.
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}
