import { useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { ConfigTarget } from './config-kind.js';
import { configEditors } from './config-kinds.js';
import { bucketSettingsTabs } from './config-tab-list.js';
import type { BucketSettingsTab } from './config-tab-list.js';
import { configMessages as m } from './messages.js';
import './bucket-config.css';

type TabId = BucketSettingsTab;
const tabIds = bucketSettingsTabs;

interface BucketSettingsTabsProps {
  target: ConfigTarget;
  /** The General tab: read-only facts about the bucket. */
  general: ReactNode;
}

/** Tabs of bucket properties; arrow keys, Home and End move between them (WAI-ARIA tabs). */
export function BucketSettingsTabs({ target, general }: BucketSettingsTabsProps) {
  const [selected, setSelected] = useState<TabId>('general');
  // Panels stay mounted once opened, so a draft survives a look at another tab.
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(() => new Set(['general']));
  const select = (id: TabId): void => {
    setSelected(id);
    setOpened((seen) => (seen.has(id) ? seen : new Set([...seen, id])));
  };
  const tabs = useRef(new Map<TabId, HTMLButtonElement>());
  const baseId = useId();

  const move = (event: KeyboardEvent<HTMLDivElement>): void => {
    const at = tabIds.indexOf(selected);
    const last = tabIds.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (at + 1) % tabIds.length
        : event.key === 'ArrowLeft'
          ? (at + last) % tabIds.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    const id = next === undefined ? undefined : tabIds[next];
    if (id === undefined) return;
    event.preventDefault();
    select(id);
    tabs.current.get(id)?.focus();
  };

  return (
    <div className="config-tabs">
      <div role="tablist" aria-label={m.tabsLabel} className="tablist" onKeyDown={move}>
        {tabIds.map((id) => (
          <button
            key={id}
            ref={(element) => {
              if (element === null) tabs.current.delete(id);
              else tabs.current.set(id, element);
            }}
            type="button"
            role="tab"
            id={`${baseId}-${id}`}
            className="tab"
            aria-selected={selected === id}
            aria-controls={`${baseId}-${id}-panel`}
            tabIndex={selected === id ? 0 : -1}
            onClick={() => select(id)}
          >
            {m.tabs[id]}
          </button>
        ))}
      </div>
      {tabIds
        .filter((id) => opened.has(id))
        .map((id) => {
          const Editor = id === 'general' ? undefined : configEditors[id];
          return (
            <div
              key={id}
              role="tabpanel"
              id={`${baseId}-${id}-panel`}
              aria-labelledby={`${baseId}-${id}`}
              className="tabpanel"
              hidden={selected !== id}
              tabIndex={0}
            >
              {id === 'general' ? (
                general
              ) : Editor === undefined ? (
                <p className="config-state muted">{m.notAvailable}</p>
              ) : (
                <Editor target={target} />
              )}
            </div>
          );
        })}
    </div>
  );
}
