/** How an image is shown: scaled to fit the frame, or at a scale (1 is one image pixel per CSS pixel). */
export type Zoom = 'fit' | number;

const MIN = 0.05;
const MAX = 16;
const STEP = 1.25;

/** One step in or out from what is shown; from "fit", from the scale fitting shows it at. */
export function nextZoom(current: Zoom, fitScale: number, direction: 1 | -1): number {
  const from = current === 'fit' ? fitScale : current;
  const next = direction === 1 ? from * STEP : from / STEP;
  // Passing 100 % stops there: the size people most often want to land on.
  if ((from < 1 && next > 1) || (from > 1 && next < 1)) return 1;
  return Math.min(MAX, Math.max(MIN, Math.round(next * 1000) / 1000));
}

export function zoomPercent(zoom: Zoom, fitScale: number): number {
  return Math.round((zoom === 'fit' ? fitScale : zoom) * 100);
}
