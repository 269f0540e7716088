import { ImportAwsButton } from './import-aws-dialog.js';
import { connectionMessages as m } from './messages.js';
import './connections.css';

export function NoConnections({ onAdd }: { onAdd: () => void }) {
  return (
    <section className="empty-state">
      <h2>{m.noConnectionsTitle}</h2>
      <p>{m.noConnectionsBody}</p>
      <div className="empty-state-actions">
        <button type="button" className="button button-primary" onClick={onAdd}>
          {m.addConnection}
        </button>
        <ImportAwsButton />
      </div>
    </section>
  );
}
