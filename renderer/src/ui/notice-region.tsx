import { useLayoutEffect, useRef } from 'react';
import { dismissNotice, holdNotices, useNotices } from './notices.js';
import './notices.css';

interface NoticeRegionProps {
  /** The label of each notice's dismiss button, in the current language. */
  dismissLabel: string;
}

/**
 * Where notices appear. The live region is always in the page, so a screen reader announces
 * what is added to it; it never takes the focus away from the work.
 */
export function NoticeRegion({ dismissLabel }: NoticeRegionProps) {
  const notices = useNotices();
  const region = useRef<HTMLDivElement>(null);
  // A popover sits in the top layer, so a notice shows over an open dialog too; showing it
  // again raises it above a dialog opened since.
  useLayoutEffect(() => {
    const element = region.current;
    if (element === null) return;
    const open = element.matches(':popover-open');
    if (open && document.querySelector('dialog[open]') === null) return;
    if (open) element.hidePopover();
    element.showPopover();
  }, [notices]);
  return (
    <div
      ref={region}
      popover="manual"
      className="notices"
      role="status"
      aria-live="polite"
      data-testid="notices"
      onPointerEnter={() => holdNotices(true)}
      onPointerLeave={() => holdNotices(false)}
      onFocus={() => holdNotices(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) holdNotices(false);
      }}
    >
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.tone}`}>
          <span className="notice-text">{notice.text}</span>
          {notice.action !== undefined && (
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                dismissNotice(notice.id);
                notice.action?.run();
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button
            type="button"
            className="button button-small notice-dismiss"
            aria-label={dismissLabel}
            onClick={() => dismissNotice(notice.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
