import { breadcrumbs } from '../../lib/prefix.js';
import { objectMessages as m } from './messages.js';

interface BreadcrumbsNavProps {
  bucket: string;
  prefix: string;
  onNavigate: (prefix: string) => void;
}

export function BreadcrumbsNav({ bucket, prefix, onNavigate }: BreadcrumbsNavProps) {
  const crumbs = [{ label: bucket, prefix: '' }, ...breadcrumbs(prefix)];
  return (
    <nav aria-label={m.breadcrumbsLabel} className="breadcrumbs">
      <ol>
        {crumbs.map((crumb) => {
          // "a//b" has an empty folder name; it still needs something to click.
          const label = crumb.label === '' ? m.emptyFolderName : crumb.label;
          // A prefix not ending in "/" is an Enter search, not a folder: show it as "text…".
          const search = crumb.prefix !== '' && !crumb.prefix.endsWith('/');
          return (
            <li key={crumb.prefix}>
              <button
                type="button"
                className="crumb"
                aria-current={crumb.prefix === prefix ? 'location' : undefined}
                onClick={() => onNavigate(crumb.prefix)}
              >
                {search ? m.searchCrumb(label) : label}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
