import { breadcrumbs } from '../../lib/prefix.js';

interface BreadcrumbsNavProps {
  bucket: string;
  prefix: string;
  onNavigate: (prefix: string) => void;
}

export function BreadcrumbsNav({ bucket, prefix, onNavigate }: BreadcrumbsNavProps) {
  const crumbs = [{ label: bucket, prefix: '' }, ...breadcrumbs(prefix)];
  return (
    <nav aria-label="Breadcrumbs" className="breadcrumbs">
      <ol>
        {crumbs.map((crumb) => (
          <li key={crumb.prefix}>
            <button
              type="button"
              className="crumb"
              aria-current={crumb.prefix === prefix ? 'location' : undefined}
              onClick={() => onNavigate(crumb.prefix)}
            >
              {/* "a//b" has an empty folder name; it still needs something to click. */}
              {crumb.label === '' ? '(empty name)' : crumb.label}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
