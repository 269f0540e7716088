import type {
  TaskAction,
  TaskRecord,
  TaskSpec,
  TaskState,
} from '../../../../shared/domain/task.js';
import type { SyncDirection } from '../../../../shared/domain/sync.js';
import { localized } from '../../i18n/localized.js';

type Spec<K extends TaskSpec['kind']> = Extract<TaskSpec, { kind: K }>;

/** How a sync's title names its direction. */
const syncWords = {
  en: {
    upload: 'Sync up to',
    download: 'Sync down from',
    'mirror-up': 'Mirror up to',
    'mirror-down': 'Mirror down from',
  },
  'zh-CN': {
    upload: '同步上传到',
    download: '同步下载自',
    'mirror-up': '镜像上传到',
    'mirror-down': '镜像下载自',
  },
} satisfies Record<string, Record<SyncDirection, string>>;

/** A delete names its one object or folder, or counts what it was given. */
function oneOf(
  keys: readonly string[],
  prefixes: readonly string[],
  say: { key(key: string): string; folder(prefix: string): string; several(n: number): string },
): string {
  const [key] = keys;
  const [prefix] = prefixes;
  if (keys.length === 1 && prefixes.length === 0 && key !== undefined) return say.key(key);
  if (keys.length === 0 && prefixes.length === 1 && prefix !== undefined) return say.folder(prefix);
  return say.several(keys.length + prefixes.length);
}

/** Every string the task rows of the activity panel show, in each language Holdall speaks. */
const en = {
  listLabel: 'Tasks',
  title: {
    delete: ({ keys, prefixes, bucket }: Spec<'delete'>) =>
      oneOf(keys, prefixes, {
        key: (key) => `Delete ${key} in ${bucket}`,
        folder: (prefix) => `Delete folder ${prefix} in ${bucket}`,
        several: (n) => `Delete ${n} items in ${bucket}`,
      }),
    emptyBucket: ({ bucket, deleteBucket }: Spec<'emptyBucket'>) =>
      deleteBucket ? `Empty and delete bucket ${bucket}` : `Empty bucket ${bucket}`,
    size: ({ prefix, bucket, selection }: Spec<'size'>) =>
      selection === undefined
        ? `Size of ${prefix === '' ? `bucket ${bucket}` : `${prefix} in ${bucket}`}`
        : `Size of ${selection.length} selected in ${bucket}`,
    search: ({ prefix, bucket }: Spec<'search'>) => `Search ${bucket}/${prefix}`,
    copy: ({ items, bucket, targetBucket }: Spec<'copy'>) =>
      `Copy ${items.length} ${items.length === 1 ? 'item' : 'items'} from ${bucket} to ${targetBucket}`,
    move: ({ items, bucket, targetBucket }: Spec<'move'>) =>
      `Move ${items.length} ${items.length === 1 ? 'item' : 'items'} from ${bucket} to ${targetBucket}`,
    compare: ({ prefix, bucket }: Spec<'compare'>) =>
      `Compare a local folder with ${bucket}/${prefix}`,
    sync: ({ prefix, bucket, direction, dryRun }: Spec<'sync'>) =>
      `${dryRun ? 'Dry run: ' : ''}${syncWords.en[direction]} ${bucket}/${prefix}`,
    upload: ({ bucket, keyPrefix }: Spec<'upload'>) => `Upload to ${bucket}/${keyPrefix}`,
    download: ({ bucket, prefix }: Spec<'download'>) => `Download from ${bucket}/${prefix ?? ''}`,
  },
  /** An upload or download that named several items, before folders expand. */
  items: (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`,
  copied: (n: number) => `${n} ${n === 1 ? 'object' : 'objects'} done`,
  notCopied: (n: number) => `${n} not done`,
  scanned: (keys: number, found: number, capped: boolean) =>
    `${keys} ${keys === 1 ? 'key' : 'keys'} scanned · ${capped ? `stopped at ${found} results` : `${found} found`}`,
  removed: (n: number) => `${n} ${n === 1 ? 'object' : 'objects'} removed`,
  counted: (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'object' : 'objects'} counted`,
  differences: (n: number) => `${n} ${n === 1 ? 'difference' : 'differences'}`,
  synced: (n: number) => `${n} copied or deleted`,
  perSecond: (n: number) => `${n}/s`,
  problems: (n: number) => `${n} not removed`,
  failedBecause: 'Failed:',
  states: {
    queued: 'Queued',
    running: 'Running',
    stalled: 'Stalled',
    waiting: 'Waiting for your answer',
    paused: 'Paused',
    succeeded: 'Done',
    failed: 'Failed',
    canceled: 'Canceled',
  } satisfies Record<TaskState, string>,
  actions: {
    cancel: 'Cancel',
    pause: 'Pause',
    resume: 'Resume',
    retry: 'Retry',
  } satisfies Record<TaskAction, string>,
  actionFailed: 'The task did not take the action:',
};

export const taskMessages = localized({
  en,
  'zh-CN': {
    listLabel: '任务',
    title: {
      delete: ({ keys, prefixes, bucket }: Spec<'delete'>) =>
        oneOf(keys, prefixes, {
          key: (key) => `删除 ${bucket} 中的 ${key}`,
          folder: (prefix) => `删除 ${bucket} 中的文件夹 ${prefix}`,
          several: (n) => `删除 ${bucket} 中的 ${n} 项`,
        }),
      emptyBucket: ({ bucket, deleteBucket }: Spec<'emptyBucket'>) =>
        deleteBucket ? `清空并删除存储桶 ${bucket}` : `清空存储桶 ${bucket}`,
      size: ({ prefix, bucket, selection }: Spec<'size'>) =>
        selection === undefined
          ? `${prefix === '' ? `存储桶 ${bucket}` : `${bucket} 中的 ${prefix}`} 的大小`
          : `${bucket} 中所选 ${selection.length} 项的大小`,
      search: ({ prefix, bucket }: Spec<'search'>) => `搜索 ${bucket}/${prefix}`,
      copy: ({ items, bucket, targetBucket }: Spec<'copy'>) =>
        `将 ${items.length} 项从 ${bucket} 复制到 ${targetBucket}`,
      move: ({ items, bucket, targetBucket }: Spec<'move'>) =>
        `将 ${items.length} 项从 ${bucket} 移动到 ${targetBucket}`,
      compare: ({ prefix, bucket }: Spec<'compare'>) => `将本地文件夹与 ${bucket}/${prefix} 比较`,
      sync: ({ prefix, bucket, direction, dryRun }: Spec<'sync'>) =>
        `${dryRun ? '试运行：' : ''}${syncWords['zh-CN'][direction]} ${bucket}/${prefix}`,
      upload: ({ bucket, keyPrefix }: Spec<'upload'>) => `上传到 ${bucket}/${keyPrefix}`,
      download: ({ bucket, prefix }: Spec<'download'>) => `从 ${bucket}/${prefix ?? ''} 下载`,
    },
    items: (n: number) => `${n} 项`,
    copied: (n: number) => `已完成 ${n} 个对象`,
    notCopied: (n: number) => `${n} 个未能完成`,
    scanned: (keys: number, found: number, capped: boolean) =>
      `已扫描 ${keys} 个键 · ${capped ? `已在 ${found} 个结果处停止` : `找到 ${found} 个`}`,
    removed: (n: number) => `已移除 ${n} 个对象`,
    counted: (n: number) => `已统计 ${n.toLocaleString('zh-CN')} 个对象`,
    differences: (n: number) => `${n} 处不同`,
    synced: (n: number) => `已复制或删除 ${n} 项`,
    perSecond: (n: number) => `${n}/秒`,
    problems: (n: number) => `${n} 个未能移除`,
    failedBecause: '失败：',
    states: {
      queued: '排队中',
      running: '进行中',
      stalled: '停滞',
      waiting: '等待你的回答',
      paused: '已暂停',
      succeeded: '已完成',
      failed: '失败',
      canceled: '已取消',
    },
    actions: {
      cancel: '取消',
      pause: '暂停',
      resume: '继续',
      retry: '重试',
    },
    actionFailed: '任务未能执行该操作：',
  },
});

/** The task's kind and target, as a row names it. */
export function taskTitle(spec: TaskSpec): string {
  switch (spec.kind) {
    case 'delete':
      return taskMessages.title.delete(spec);
    case 'emptyBucket':
      return taskMessages.title.emptyBucket(spec);
    case 'size':
      return taskMessages.title.size(spec);
    case 'search':
      return taskMessages.title.search(spec);
    case 'copy':
      return taskMessages.title.copy(spec);
    case 'move':
      return taskMessages.title.move(spec);
    case 'compare':
      return taskMessages.title.compare(spec);
    case 'sync':
      return taskMessages.title.sync(spec);
    case 'upload':
      return taskMessages.title.upload(spec);
    case 'download':
      return taskMessages.title.download(spec);
  }
}

/**
 * How a row names a task: an upload or download by what it carries (the one item's name, or
 * "3 items"), as people recognise their drop; any other kind by its kind and target.
 */
export function recordTitle(task: Pick<TaskRecord, 'spec' | 'transfer'>): string {
  if (task.transfer === null) return taskTitle(task.spec);
  return task.transfer.name ?? taskMessages.items(task.transfer.itemCount);
}
