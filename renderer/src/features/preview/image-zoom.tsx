import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { openMessages as m } from '../open-download/messages.js';
import { nextZoom, zoomPercent } from './zoom.js';
import type { Zoom } from './zoom.js';

interface ZoomableImageProps {
  src: string;
  alt: string;
  onLoad: () => void;
  onError: () => void;
  hidden: boolean;
}

/** Whether a key is typed into something that takes text, where + and - are characters. */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, select, textarea') !== null;
}

/**
 * An image shown to fit, at 100 % or zoomed: the buttons, Ctrl + mouse wheel, and + / − while
 * the preview has the focus. Zoomed past the frame, it scrolls.
 */
export function ZoomableImage({ src, alt, onLoad, onError, hidden }: ZoomableImageProps) {
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [fitScale, setFitScale] = useState(1);
  const [naturalWidth, setNaturalWidth] = useState(0);
  const image = useRef<HTMLImageElement>(null);
  const frame = useRef<HTMLDivElement>(null);

  // What "fit" shows at, so stepping from it starts at the size seen; measured once shown.
  useLayoutEffect(() => {
    const img = image.current;
    if (hidden || zoom !== 'fit' || img === null || img.naturalWidth === 0) return;
    setNaturalWidth(img.naturalWidth);
    setFitScale(img.clientWidth / img.naturalWidth);
  }, [hidden, zoom]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.metaKey || typing(event.target)) return;
      const inPreview =
        event.target instanceof Element && event.target.closest('[data-testid="preview"]');
      if (inPreview === null || inPreview === false) return;
      const step = event.key === '+' || event.key === '=' ? 1 : event.key === '-' ? -1 : 0;
      if (step === 0) return;
      event.preventDefault();
      setZoom((current) => nextZoom(current, fitScale, step));
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [fitScale]);

  // React's wheel listener is passive: Ctrl+wheel would zoom the whole page too.
  useEffect(() => {
    const element = frame.current;
    if (element === null) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      setZoom((current) => nextZoom(current, fitScale, event.deltaY < 0 ? 1 : -1));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [fitScale]);

  const percent = zoomPercent(zoom, fitScale);
  const style =
    zoom === 'fit' || naturalWidth === 0
      ? undefined
      : { width: naturalWidth * zoom, maxWidth: 'none', maxHeight: 'none' };
  return (
    <div className="pv-zoom">
      <div className="pv-zoom-bar" role="group" aria-label={m.zoomGroup} hidden={hidden}>
        <button
          type="button"
          className="button button-small"
          aria-pressed={zoom === 'fit'}
          onClick={() => setZoom('fit')}
        >
          {m.zoomFit}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-pressed={zoom === 1}
          onClick={() => setZoom(1)}
        >
          {m.zoomActual}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-label={m.zoomOut}
          title={`${m.zoomOut} (−)`}
          onClick={() => setZoom((current) => nextZoom(current, fitScale, -1))}
        >
          −
        </button>
        <span className="pv-zoom-level" data-testid="preview-zoom">
          {m.zoomLevel(percent)}
        </span>
        <button
          type="button"
          className="button button-small"
          aria-label={m.zoomIn}
          title={`${m.zoomIn} (+)`}
          onClick={() => setZoom((current) => nextZoom(current, fitScale, 1))}
        >
          +
        </button>
      </div>
      <div
        ref={frame}
        className={zoom === 'fit' ? 'pv-media pv-image' : 'pv-media pv-image pv-zoomed'}
      >
        <img
          ref={image}
          src={src}
          alt={alt}
          style={style}
          onLoad={onLoad}
          onError={onError}
          hidden={hidden}
        />
      </div>
    </div>
  );
}
