import { errorMessage } from '../../contract/contract-error.js';
import { hostMessages as m } from './messages.js';
import { storageWarningText, useHostInfo } from './storage-warning.js';
import './host.css';

/**
 * Secrets kept in plaintext-equivalent storage must never be a surprise: the warning shows
 * until it is acknowledged, then lives in About Holdall.
 */
export function SecretStorageBanner() {
  const { info, acknowledge } = useHostInfo();
  const data = info.data;
  if (data === undefined || data.storageWarningAcknowledged) return null;
  const warning = storageWarningText(data.secretStorage);
  if (warning === null) return null;
  return (
    // A named region: content outside landmarks is missed by landmark navigation.
    <section
      className="banner banner-warning storage-banner"
      aria-label={m.storageBannerLabel}
      data-testid="secret-storage-warning"
    >
      <p className="storage-banner-text">
        {warning} <span className="storage-banner-hint">{m.acknowledgeHint}</span>
      </p>
      <button
        type="button"
        className="button button-small"
        aria-label={m.acknowledgeLabel}
        disabled={acknowledge.isPending}
        onClick={() => acknowledge.mutate()}
      >
        {m.acknowledge}
      </button>
      {acknowledge.isError && (
        <p className="message message-error" role="alert">
          {errorMessage(acknowledge.error)}
        </p>
      )}
    </section>
  );
}
