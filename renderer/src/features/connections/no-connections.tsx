import { ImportAwsButton } from './import-aws-dialog.js';
import './connections.css';

export function NoConnections({ onAdd }: { onAdd: () => void }) {
  return (
    <section className="empty-state">
      <h2>No connections yet</h2>
      <p>
        Add an S3-compatible endpoint (Amazon S3, JD Cloud OSS, Ceph RGW, MinIO and others) with an
        access key, and its buckets appear on the left. Keys stay on this computer.
      </p>
      <div className="empty-state-actions">
        <button type="button" className="button button-primary" onClick={onAdd}>
          Add connection
        </button>
        <ImportAwsButton />
      </div>
    </section>
  );
}
