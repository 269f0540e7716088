/** Decorative only: every icon sits next to text that says the same thing. */
function Icon({ path }: { path: string }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={path} />
    </svg>
  );
}

export function FolderIcon() {
  return (
    <Icon path="M1.5 3.5A1 1 0 0 1 2.5 2.5h3.6l1.5 1.5h5.9a1 1 0 0 1 1 1v7.5a1 1 0 0 1-1 1h-11a1 1 0 0 1-1-1z" />
  );
}

export function FileIcon() {
  return <Icon path="M3.5 1.5h6l3 3v10h-9zM9.5 1.5v3h3" />;
}

export function BucketIcon() {
  return (
    <Icon path="M2 4.5c0-1.1 2.7-2 6-2s6 .9 6 2l-1.3 9c-.2.9-2.2 1.5-4.7 1.5s-4.5-.6-4.7-1.5zM2 4.5c0 1.1 2.7 2 6 2s6-.9 6-2" />
  );
}

export function ServerIcon() {
  return <Icon path="M2.5 2.5h11v4.5h-11zM2.5 9h11v4.5h-11zM4.5 4.75h1M4.5 11.25h1" />;
}

export function ChevronIcon() {
  return <Icon path="M6 3.5l4.5 4.5L6 12.5" />;
}

export function GlobeIcon() {
  return (
    <Icon path="M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM1.5 8h13M8 1.5c1.8 1.8 2.6 4 2.6 6.5S9.8 12.7 8 14.5C6.2 12.7 5.4 10.5 5.4 8S6.2 3.3 8 1.5z" />
  );
}

export function CommandIcon() {
  return <Icon path="M7 2.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM10.2 10.2l3.8 3.8" />;
}

export function ImageIcon() {
  return (
    <Icon path="M2.5 2.5h11v11h-11zM2.5 11.5l3-3 2.5 2.5 2-2 3.5 3.5M11 6a1 1 0 1 1-2 0 1 1 0 0 1 2 0z" />
  );
}

export function VideoIcon() {
  return <Icon path="M1.5 3.5h13v9h-13zM6.5 6v4l3.5-2z" />;
}

export function AudioIcon() {
  return (
    <Icon path="M6 12V3.5l7-1.5v8.5M6 12a1.75 1.75 0 1 1-3.5 0 1.75 1.75 0 0 1 3.5 0zM13 10.5a1.75 1.75 0 1 1-3.5 0 1.75 1.75 0 0 1 3.5 0z" />
  );
}

export function ArchiveIcon() {
  return <Icon path="M3.5 1.5h9v13h-9zM8 1.5v1.5M8 4v1.5M8 6.5V8M6.75 9h2.5v3h-2.5z" />;
}

export function CodeIcon() {
  return <Icon path="M5 4.5L1.5 8 5 11.5M11 4.5L14.5 8 11 11.5M9.25 2.5l-2.5 11" />;
}

export function PdfIcon() {
  return <Icon path="M3.5 1.5h6l3 3v10h-9zM9.5 1.5v3h3M5 8h6v3.5H5z" />;
}

export function TextIcon() {
  return <Icon path="M3.5 1.5h6l3 3v10h-9zM9.5 1.5v3h3M5.5 7.5h5M5.5 9.5h5M5.5 11.5h3" />;
}
