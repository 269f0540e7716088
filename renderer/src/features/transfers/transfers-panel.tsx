import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useContract } from '../../contract/contract-context.js';
import { ChevronIcon } from '../../ui/icons.js';
import { IncompleteUploads } from '../incomplete-uploads/incomplete-uploads.js';
import { useTaskEvents, useTasks } from '../tasks/use-tasks.js';
import { messages } from './messages.js';
import { formatSpeed } from './format-transfer.js';
import { askNotificationPermission, notificationPermission } from './notify.js';
import { QueueView } from './queue-view.js';
import { SettingsDialog } from './settings-dialog.js';
import { PanelResizer, usePanelHeight, useShownHeight } from './panel-resizer.js';
import { SummaryLine } from './summary-line.js';
import { useUploadActivity } from './upload-activity.js';
import { useSettingsCommand } from './use-settings-command.js';
import { useTransferSettings } from './use-transfer-settings.js';
import { useTransfersCommand } from './use-transfers-command.js';
import './transfers.css';

type Tab = 'queue' | 'incomplete';
const tabs: Tab[] = ['queue', 'incomplete'];
const EXPANDED_KEY = 'holdall.transfers.expanded';

/** Open or closed as last left; null until it was first opened. */
function storedExpanded(): boolean | null {
  try {
    const stored = localStorage.getItem(EXPANDED_KEY);
    return stored === null ? null : stored === 'true';
  } catch {
    return null;
  }
}

function storeExpanded(value: boolean): void {
  try {
    localStorage.setItem(EXPANDED_KEY, String(value));
  } catch {
    // Storage may be off (private mode); the panel then starts collapsed next time.
  }
}

/**
 * Opens the panel when something new arrives, so a first drop never looks ignored. Once the
 * person has closed it, it stays closed: the header's summary then says what runs.
 */
function useAutoExpand(count: number, expand: () => void, closedBefore: boolean): void {
  const seen = useRef(count);
  useEffect(() => {
    if (count > seen.current && !closedBefore) expand();
    seen.current = count;
  }, [count, expand, closedBefore]);
}

// Docked under the workspace; the shell mounts it once, so it also owns the event subscription.
export function TransfersPanel() {
  useTaskEvents();
  const client = useContract();
  const tasks = useTasks().data ?? [];
  const activity = useUploadActivity();
  const [choice, setChoice] = useState(storedExpanded);
  const expanded = choice === true;
  const { height, setHeight } = usePanelHeight();
  const [body, setBody] = useState<HTMLDivElement | null>(null);
  const shownHeight = useShownHeight(expanded ? body : null, height);
  const [tab, setTab] = useState<Tab>('queue');
  const [, setPermissionAnswered] = useState(0);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const limit = useTransferSettings().data?.bandwidthLimitBytesPerSec ?? null;
  const bodyId = useId();
  const tabIds = { queue: useId(), incomplete: useId() };
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  const setExpanded = useCallback((value: boolean) => {
    setChoice(value);
    storeExpanded(value);
  }, []);
  const expand = useCallback(() => setExpanded(true), [setExpanded]);
  useAutoExpand(tasks.length + activity.length, expand, choice === false);
  useTransfersCommand(expanded, setExpanded);
  const openSettings = useCallback(() => setSettingsOpen(true), []);
  useSettingsCommand(openSettings);

  const onTabKey = (event: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length] ?? 'queue';
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  const permission = notificationPermission();

  return (
    <section role="region" aria-label={messages.panelTitle} className="transfers-panel">
      {expanded && <PanelResizer height={shownHeight} onChange={setHeight} controls={bodyId} />}
      <header className="transfers-header">
        <button
          type="button"
          className="transfers-toggle"
          aria-expanded={expanded}
          aria-controls={bodyId}
          title={expanded ? messages.hide : messages.show}
          onClick={() => setExpanded(!expanded)}
        >
          <span className={expanded ? 'twisty twisty-open' : 'twisty'}>
            <ChevronIcon />
          </span>
          {messages.panelTitle}
        </button>
        {expanded && (
          <div role="tablist" aria-label={messages.panelTitle} className="transfers-tabs">
            {tabs.map((name) => (
              <button
                key={name}
                ref={(el) => {
                  tabRefs.current[name] = el;
                }}
                type="button"
                role="tab"
                id={tabIds[name]}
                aria-selected={tab === name}
                aria-controls={bodyId}
                tabIndex={tab === name ? 0 : -1}
                className="transfers-tab"
                onClick={() => setTab(name)}
                onKeyDown={onTabKey}
              >
                {name === 'queue' ? messages.queueTab : messages.incompleteTab}
              </button>
            ))}
          </div>
        )}
        <SummaryLine tasks={tasks} limit={limit} />
        <span className="spacer" />
        {limit !== null && (
          <span className="transfers-limit">{messages.limitedTo(formatSpeed(limit))}</span>
        )}
        {expanded && client.host === 'web' && permission === 'default' && (
          <button
            type="button"
            className="button button-small"
            title={messages.enableNotificationsHint}
            onClick={() => askNotificationPermission(() => setPermissionAnswered((n) => n + 1))}
          >
            {messages.enableNotifications}
          </button>
        )}
        <button type="button" className="button button-small" onClick={openSettings}>
          {messages.settingsButton}
        </button>
      </header>
      <div
        ref={setBody}
        id={bodyId}
        className="transfers-body"
        role="tabpanel"
        aria-labelledby={tabIds[tab]}
        hidden={!expanded}
        style={expanded ? { height } : undefined}
      >
        {expanded && tab === 'queue' && <QueueView activity={activity} />}
        {expanded && tab === 'incomplete' && <IncompleteUploads />}
      </div>
      {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
    </section>
  );
}
