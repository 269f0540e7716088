import type { ReactNode } from 'react';
import { objectMessages as m } from './messages.js';

export function LoadingState() {
  return (
    <div className="ol-state" role="status">
      <span className="ol-visually-hidden">{m.loading}</span>
      <div className="ol-skeleton" aria-hidden="true">
        {Array.from({ length: 8 }, (_, i) => (
          <span key={i} className="ol-skeleton-row" />
        ))}
      </div>
    </div>
  );
}

interface ErrorStateProps {
  title: string;
  message: string;
  onRetry: () => void;
  /** Shown beside Retry, e.g. "Sign in again" when the session ended. */
  children?: ReactNode;
}

export function ErrorState({ title, message, onRetry, children }: ErrorStateProps) {
  return (
    <div className="ol-error" role="alert">
      <p className="ol-error-text">
        <strong>{title}:</strong> {message}
      </p>
      <button type="button" className="button button-small" onClick={onRetry}>
        {m.retry}
      </button>
      {children}
    </div>
  );
}

export function EmptyState({ text }: { text: string }) {
  return <p className="ol-empty">{text}</p>;
}
