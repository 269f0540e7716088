import { useState } from 'react';
import type { MediaRef } from '../../../../shared/domain/media-url.js';
import { useContract } from '../../contract/contract-context.js';
import { ZoomableImage } from './image-zoom.js';
import { previewMessages as m } from './messages.js';
import { PreviewLoading, PreviewProblem } from './preview-states.js';

interface MediaPreviewProps {
  object: MediaRef;
  name: string;
  kind: 'image' | 'audio' | 'video' | 'pdf';
}

/**
 * Images, audio, video and PDF stream from the host's media route, which answers Range
 * requests, so a long video starts at once and seeks without reading the whole file.
 * SVG goes in an <img>, where its scripts never run.
 */
export function MediaPreview({ object, name, kind }: MediaPreviewProps) {
  const client = useContract();
  const [failed, setFailed] = useState(false);
  const [ready, setReady] = useState(false);
  const url = client.mediaUrl(object);
  if (url === null) return <PreviewProblem message={m.noMediaRoute} />;
  if (failed) return <PreviewProblem message={m.mediaError} />;
  const fail = () => setFailed(true);
  const done = () => setReady(true);
  switch (kind) {
    case 'image':
      return (
        <>
          {!ready && <PreviewLoading />}
          <ZoomableImage
            src={url}
            alt={m.imageAlt(name)}
            onLoad={done}
            onError={fail}
            hidden={!ready}
          />
        </>
      );
    case 'audio':
      return (
        <div className="pv-media">
          <audio src={url} controls preload="metadata" aria-label={name} onError={fail} />
        </div>
      );
    case 'video':
      return (
        <div className="pv-media">
          <video src={url} controls preload="metadata" aria-label={name} onError={fail} />
        </div>
      );
    case 'pdf':
      // Chromium's own PDF viewer (Electron: webPreferences.plugins) draws it in the frame.
      return <iframe className="pv-pdf" src={url} title={m.pdfTitle(name)} />;
  }
}
