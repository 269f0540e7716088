import { lazy, Suspense } from 'react';
import type { MediaRef } from '../../../../shared/domain/media-url.js';
import type { CodeLanguage } from '../../../../shared/domain/preview-type.js';
import { errorMessage } from '../../contract/contract-error.js';
import { formatSize } from '../../lib/format-size.js';
import { previewMessages as m } from './messages.js';
import { PreviewProblem, PreviewLoading } from './preview-states.js';
import { prettyJson } from './text-chunks.js';
import { useTextChunks } from './use-text-chunks.js';

// CodeMirror is its own chunk: the object list never waits for it.
const CodeView = lazy(() =>
  import('./code-view.js').then((module) => ({ default: module.CodeView })),
);

interface TextPreviewProps {
  object: MediaRef;
  name: string;
  language: CodeLanguage;
}

/** Text, JSON and code: the first chunk by Range, "Load more" for the next; JSON formatted. */
export function TextPreview({ object, name, language }: TextPreviewProps) {
  const chunks = useTextChunks(object);
  const { text, loaded, totalSize, loading, error } = chunks;
  if (totalSize === null) {
    if (error !== null) {
      return (
        <PreviewProblem
          message={m.loadError}
          detail={errorMessage(error)}
          onRetry={chunks.loadMore}
        />
      );
    }
    return <PreviewLoading />;
  }
  const whole = loaded >= totalSize;
  const formatted = whole && language === 'json' ? prettyJson(text) : null;
  return (
    <div className="pv-text">
      {!whole && (
        <p className="pv-note" role="status" data-testid="preview-partial">
          {m.partial(formatSize(loaded), formatSize(totalSize))}
        </p>
      )}
      {formatted !== null && <p className="pv-note pv-note-quiet">{m.formattedJson}</p>}
      {totalSize === 0 ? (
        <p className="pv-empty">{m.emptyFile}</p>
      ) : (
        <Suspense fallback={<PreviewLoading />}>
          <CodeView text={formatted ?? text} language={language} label={m.contentsLabel(name)} />
        </Suspense>
      )}
      {error !== null && (
        <p className="pv-error" role="alert">
          {m.loadError}: {errorMessage(error)}
        </p>
      )}
      {!whole && (
        <div className="pv-more">
          <button
            type="button"
            className="button button-small"
            onClick={chunks.loadMore}
            disabled={loading}
          >
            {loading ? m.loadingMore : m.loadMore}
          </button>
        </div>
      )}
    </div>
  );
}
