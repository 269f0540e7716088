import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { objectUrl, s3Uri } from '../../../../shared/domain/object-address.js';
import { useBrowsing } from '../../app/browsing.js';
import type { ObjectAction, ObjectActionTarget } from '../../app/object-actions.js';
import { useObjectActions, useRegisterObjectActions } from '../../app/object-actions.js';
import { useContract } from '../../contract/contract-context.js';
import { profilesQuery } from '../../contract/queries.js';
import { showNotice } from '../../ui/notices.js';
import { PREVIEW_ACTION } from '../preview/object-preview.js';
import { fileRowKey } from '../preview/space-target.js';
import { DownloadDialog } from '../transfers/download-dialog.js';
import type { DownloadSelection } from '../transfers/upload-target.js';
import { copyLines } from './clipboard.js';
import { openMessages as m } from './messages.js';
import { openChoice } from './open-setting.js';
import { useOpenChoiceCommand } from './use-open-choice-command.js';

export const DOWNLOAD_ACTION = 'objects.download';
export const COPY_S3_URI_ACTION = 'objects.copyS3Uri';
export const COPY_KEY_ACTION = 'objects.copyKey';
export const COPY_URL_ACTION = 'objects.copyObjectUrl';

const hasSelection = (t: ObjectActionTarget) =>
  t.selection.keys.length + t.selection.prefixes.length > 0;
const hasFiles = (t: ObjectActionTarget) => t.selection.keys.length > 0;
/** Objects first, then folders (their keys end in "/"), as the list shows them. */
const selectedKeys = (t: ObjectActionTarget) => [...t.selection.prefixes, ...t.selection.keys];

function downloadOf(target: ObjectActionTarget): DownloadSelection {
  const { keys, prefixes } = target.selection;
  return {
    profileId: target.profileId,
    bucket: target.bucket,
    keys: [...keys],
    prefixes: [...prefixes],
  };
}

function withFile(target: ObjectActionTarget, key: string): ObjectActionTarget {
  return { ...target, selection: { keys: [key], prefixes: [] } };
}

/**
 * "Download…", "Copy S3 URI", "Copy key" and "Copy object URL" in the object menus and the
 * palette; and what a double-click or Enter on a file does: preview it, or download it, as the
 * "Double-click a file" setting says. Folders keep opening in the list itself.
 */
export function OpenDownloadFeature() {
  const browsing = useBrowsing();
  const client = useContract();
  const profiles = useQuery(profilesQuery(client));
  const offered = useObjectActions();
  const [download, setDownload] = useState<DownloadSelection | null>(null);

  const profilesRef = useRef(profiles.data);
  useEffect(() => {
    profilesRef.current = profiles.data;
  });

  const actions = useMemo<ObjectAction[]>(() => {
    const copyUrls = (t: ObjectActionTarget) => {
      const profile = profilesRef.current?.find((p) => p.id === t.profileId);
      if (profile === undefined) return;
      const urls = t.selection.keys.map((key) => objectUrl({ ...profile, bucket: t.bucket, key }));
      if (urls.some((url) => url === null)) showNotice({ text: m.noUrl, tone: 'error' });
      else void copyLines(urls as string[]);
    };
    return [
      {
        id: DOWNLOAD_ACTION,
        label: m.download,
        commandTitle: m.downloadCommand,
        keywords: ['download', 'save', '下载'],
        group: 'open',
        enabled: hasSelection,
        run: (t) => {
          if (hasSelection(t)) setDownload(downloadOf(t));
        },
      },
      {
        id: COPY_S3_URI_ACTION,
        label: m.copyS3Uri,
        commandTitle: m.copyS3UriCommand,
        keywords: ['copy', 's3', 'uri', 'path', '复制'],
        group: 'share',
        enabled: hasSelection,
        run: (t) => void copyLines(selectedKeys(t).map((key) => s3Uri(t.bucket, key))),
      },
      {
        id: COPY_KEY_ACTION,
        label: m.copyKey,
        commandTitle: m.copyKeyCommand,
        keywords: ['copy', 'key', 'name', 'path', '复制'],
        group: 'share',
        enabled: hasSelection,
        run: (t) => void copyLines(selectedKeys(t)),
      },
      {
        id: COPY_URL_ACTION,
        label: m.copyObjectUrl,
        commandTitle: m.copyObjectUrlCommand,
        keywords: ['copy', 'url', 'link', 'address', 'endpoint', '复制'],
        group: 'share',
        enabled: hasFiles,
        run: copyUrls,
      },
    ];
  }, []);
  useRegisterObjectActions(actions);
  useOpenChoiceCommand();

  // The listeners below read what is current without subscribing again on every change.
  const latest = useRef({ browsing, offered });
  useEffect(() => {
    latest.current = { browsing, offered };
  });

  useEffect(() => {
    const open = (row: EventTarget | null): boolean => {
      const { browsing: target, offered: all } = latest.current;
      if (target === null) return false;
      const key = fileRowKey(row, target);
      if (key === null) return false;
      if (openChoice() === 'download') {
        setDownload(downloadOf(withFile(target, key)));
        return true;
      }
      const preview = all.find((action) => action.id === PREVIEW_ACTION);
      preview?.run(withFile(target, key));
      return preview !== undefined;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || event.defaultPrevented) return;
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (open(event.target)) event.preventDefault();
    };
    const onDoubleClick = (event: MouseEvent) => {
      const row = event.target instanceof Element ? event.target.closest('[role="row"]') : null;
      if (open(row)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('dblclick', onDoubleClick);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('dblclick', onDoubleClick);
    };
  }, []);

  // Another connection or bucket: a dialog for the old one must not stay open.
  const where = browsing === null ? null : `${browsing.profileId}/${browsing.bucket}`;
  useEffect(() => setDownload(null), [where]);

  if (download === null) return null;
  return <DownloadDialog selection={download} onClose={() => setDownload(null)} />;
}
