import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { formatDate } from '../../lib/format-date.js';
import { formatSize } from '../../lib/format-size.js';
import { listKeyMove } from '../../lib/list-keys.js';
import type { ListingRow } from '../../lib/listing-rows.js';
import { FileIcon, FolderIcon } from '../../ui/icons.js';

interface ObjectsGridProps {
  rows: readonly ListingRow[];
  /** Take focus on mount, when the user got here by opening a folder from the keyboard or mouse. */
  focusFirstRow: boolean;
  onOpenFolder: (prefix: string) => void;
}

export function ObjectsGrid({ rows, focusFirstRow, onOpenFolder }: ObjectsGridProps) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [active, setActive] = useState(0);
  const tabStop = Math.min(active, rows.length - 1);

  useEffect(() => {
    if (!focusFirstRow) return;
    // Only pick up focus that was lost with the previous folder's rows, never steal it.
    if (document.activeElement === null || document.activeElement === document.body) {
      bodyRef.current?.querySelector<HTMLElement>('tr')?.focus();
    }
    // Mount only: later page loads must not move focus.
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, row: ListingRow) => {
    if (event.key === 'Enter' && row.kind === 'folder') {
      event.preventDefault();
      onOpenFolder(row.prefix);
      return;
    }
    const next = listKeyMove(event.key, index, rows.length);
    if (next === undefined) return;
    event.preventDefault();
    bodyRef.current?.querySelectorAll<HTMLElement>('tr')[next]?.focus();
  };

  return (
    <table role="grid" aria-label="Objects" className="grid">
      <thead>
        <tr>
          <th scope="col" className="col-name">
            Name
          </th>
          <th scope="col" className="col-size">
            Size
          </th>
          <th scope="col" className="col-modified">
            Modified
          </th>
          <th scope="col" className="col-class">
            Storage class
          </th>
        </tr>
      </thead>
      <tbody ref={bodyRef}>
        {rows.map((row, index) => (
          <tr
            key={row.id}
            aria-label={row.name}
            tabIndex={index === tabStop ? 0 : -1}
            className={row.kind === 'folder' ? 'grid-row grid-row-folder' : 'grid-row'}
            onFocus={() => setActive(index)}
            onKeyDown={(event) => onKeyDown(event, index, row)}
            onDoubleClick={row.kind === 'folder' ? () => onOpenFolder(row.prefix) : undefined}
          >
            <td className="col-name">
              <span className="name-cell">
                {row.kind === 'folder' ? <FolderIcon /> : <FileIcon />}
                <span className="name-text" title={row.name}>
                  {row.name}
                </span>
              </span>
            </td>
            <td className="col-size">
              {row.kind === 'object' ? formatSize(row.object.size) : '—'}
            </td>
            <td className="col-modified">
              {row.kind === 'object' ? formatDate(row.object.lastModified) : '—'}
            </td>
            <td className="col-class">
              {row.kind === 'object' ? (row.object.storageClass ?? '—') : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
