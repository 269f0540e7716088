import type { ComponentType } from 'react';
import {
  ArchiveIcon,
  AudioIcon,
  CodeIcon,
  FileIcon,
  FolderIcon,
  ImageIcon,
  PdfIcon,
  TextIcon,
  VideoIcon,
} from '../../ui/icons.js';
import type { FileKind } from './file-kind.js';

const ICONS: Readonly<Record<FileKind, ComponentType>> = {
  folder: FolderIcon,
  image: ImageIcon,
  video: VideoIcon,
  audio: AudioIcon,
  archive: ArchiveIcon,
  code: CodeIcon,
  pdf: PdfIcon,
  text: TextIcon,
  other: FileIcon,
};

/** Decorative: the row says its kind in words as its description. */
export function KindIcon({ kind }: { kind: FileKind }) {
  const Icon = ICONS[kind];
  return (
    <span className={`ol-kind ol-kind-${kind}`} data-kind={kind} aria-hidden="true">
      <Icon />
    </span>
  );
}
