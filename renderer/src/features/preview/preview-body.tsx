import type { MediaRef } from '../../../../shared/domain/media-url.js';
import type { PreviewType } from '../../../../shared/domain/preview-type.js';
import { MediaPreview } from './media-preview.js';
import { NoPreview } from './preview-states.js';
import { TextPreview } from './text-preview.js';

interface PreviewBodyProps {
  object: MediaRef;
  name: string;
  type: PreviewType;
}

export function PreviewBody({ object, name, type }: PreviewBodyProps) {
  switch (type.kind) {
    case 'text':
      return <TextPreview object={object} name={name} language={type.language} />;
    case 'none':
      return <NoPreview />;
    default:
      return <MediaPreview object={object} name={name} kind={type.kind} />;
  }
}
