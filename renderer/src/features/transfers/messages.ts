import type { DownloadCheck } from '../../../../shared/domain/transfer-job.js';
import { localized } from '../../i18n/localized.js';

/** Every string the transfers feature shows, in each language Holdall speaks. */
const en = {
  panelTitle: 'Transfers',
  queueTab: 'Queue',
  incompleteTab: 'Incomplete uploads',
  show: 'Show transfers',
  hide: 'Hide transfers',
  queueLabel: 'Transfer queue',
  queueActions: 'Queue actions',
  loading: 'Loading transfers…',
  empty: 'No transfers. Drop files or folders on the object list, or use Upload.',
  loadFailed: 'Could not load the transfers:',
  summary: (active: number, failed: number) =>
    [active > 0 ? `${active} active` : '', failed > 0 ? `${failed} failed` : '']
      .filter((part) => part !== '')
      .join(', '),

  pauseAll: 'Pause all',
  resumeAll: 'Resume all',
  retryAll: 'Retry failed',
  cancelAll: 'Cancel all',
  cancelAllConfirm:
    'Cancel every unfinished transfer? Partial uploads are removed from the server.',
  clearFinished: 'Clear finished',
  pause: 'Pause',
  resume: 'Resume',
  retry: 'Retry',
  cancel: 'Cancel',
  dismiss: 'Dismiss',
  actionFailed: 'That did not work:',
  enableNotifications: 'Notify me',
  enableNotificationsHint: 'Show a desktop notification when a long transfer ends',

  stalled: 'Stalled: no data is moving; the part will be retried',
  states: {
    queued: 'Queued',
    running: 'Running',
    paused: 'Paused',
    succeeded: 'Done',
    failed: 'Failed',
    canceled: 'Canceled',
  },
  upload: 'Upload',
  download: 'Download',
  uploadTo: (bucket: string, key: string) => `to ${bucket}/${key}`,
  downloadTo: (path: string) => `to ${path}`,
  progressOf: (name: string) => `Progress of ${name}`,
  bytes: (done: string, total: string) => `${done} of ${total}`,
  files: (done: number, total: number, counting: boolean) =>
    `${done} of ${total}${counting ? '+' : ''} files`,
  skipped: (count: number) => `${count} skipped`,
  eta: (left: string) => `${left} left`,
  failedBecause: 'Why it failed:',
  refused: (count: number) => `${count} ${count === 1 ? 'item was' : 'items were'} left alone`,
  refusedMore: (count: number) => `… and ${count} more`,
  /** What one downloaded file was checked against. */
  checkedBy: {
    md5: 'Checked against its MD5 ETag',
    multipartEtag: 'Checked against its multipart ETag, recomputed from the parts',
    sha256: 'Checked against its SHA-256 checksum',
    sha1: 'Checked against its SHA-1 checksum',
    crc32: 'Checked against its CRC32 checksum',
    size: 'Only its size was checked: the server gave nothing else to check against',
  } satisfies Record<DownloadCheck, string>,
  /** A folder's files by check, e.g. "10 by MD5 ETag". */
  checkNames: {
    md5: 'MD5 ETag',
    multipartEtag: 'multipart ETag',
    sha256: 'SHA-256',
    sha1: 'SHA-1',
    crc32: 'CRC32',
    size: 'size only',
  } satisfies Record<DownloadCheck, string>,
  checkedFiles: (parts: { count: number; name: string }[]) =>
    `Checked: ${parts.map(({ count, name }) => `${count} by ${name}`).join(', ')}`,

  conflictUpload: (key: string) => `“${key}” already exists in the bucket. Replace it?`,
  conflictDownload: (path: string) => `“${path}” already exists on this computer. Replace it?`,
  overwrite: 'Overwrite',
  skip: 'Skip',
  keepBoth: 'Keep both',
  applyToAll: 'Apply to all files of this transfer',

  spoolingTitle: 'Preparing upload',
  spoolingOf: (name: string) => `Sending ${name} to the host`,
  spoolingFiles: (done: number, total: number) => `${done} of ${total} files`,
  uploadFailed: 'The upload could not start:',
  unreadable: 'These could not be read and were left out:',
  nothingToUpload: 'There was nothing to upload: the dropped folders are empty.',
  downloadRefused: (count: number) =>
    `${count} ${count === 1 ? 'object was' : 'objects were'} not downloaded because ${count === 1 ? 'its name' : 'their names'} cannot be saved in the chosen folder:`,

  uploadFiles: 'Upload files',
  uploadFolder: 'Upload folder',
  filesInput: 'Files to upload',
  folderInput: 'Folder to upload',

  downloadButton: 'Download',
  downloadTitle: 'Download',
  downloadWhat: (files: number, folders: number) =>
    [
      files > 0 ? `${files} ${files === 1 ? 'file' : 'files'}` : '',
      folders > 0 ? `${folders} ${folders === 1 ? 'folder' : 'folders'}` : '',
    ]
      .filter((part) => part !== '')
      .join(' and '),
  destination: 'Destination folder',
  destinationHint: 'An absolute path on the computer running Holdall',
  destinationRequired: 'Enter an absolute folder path',
  conflictPolicy: 'If a file already exists',
  policies: { ask: 'Ask me', overwrite: 'Overwrite', skip: 'Skip', keepBoth: 'Keep both' },
  start: 'Download',
  close: 'Cancel',
  starting: 'Starting…',

  settingsButton: 'Settings…',
  settingsTitle: 'Transfer settings',
  settingsCommand: 'Transfer settings…',
  filesAtOnce: 'Files at once',
  filesAtOnceHint: 'How many files upload or download at the same time',
  partsPerFile: 'Parts per file',
  partsPerFileHint: 'Pieces of one large file sent or fetched at the same time',
  bandwidthLimit: 'Bandwidth limit',
  bandwidthHint: 'Shared by all uploads and downloads; running transfers follow it at once',
  limitOn: 'Limit',
  rateUnit: 'Unit',
  rateUnits: { KiB: 'KiB/s', MiB: 'MiB/s' },
  wholeNumberBetween: (min: number, max: number) => `Enter a whole number from ${min} to ${max}`,
  rateRequired: 'Enter a speed, e.g. 512',
  rateAtLeast: ({ value, unit }: { value: string; unit: 'KiB' | 'MiB' }) =>
    `The limit must be at least ${value} ${unit}/s`,
  limitedTo: (speed: string) => `Limited to ${speed}`,
  settingsLoadFailed: 'Could not load the transfer settings:',
  save: 'Save',
  saving: 'Saving…',

  notificationDone: (name: string) => `${name} finished`,
  notificationFailedBecause: (name: string, reason: string) => `${name} failed: ${reason}`,
  durationUnits: { seconds: 's', minutes: 'min', hours: 'h' },
  notificationTitle: 'Holdall',
  sendFailed: (name: string, detail: string | undefined) =>
    `Could not send ${name} to Holdall${detail === undefined ? '' : ` (${detail})`}.`,
};

export const messages = localized({
  en,
  'zh-CN': {
    panelTitle: '传输',
    queueTab: '队列',
    incompleteTab: '未完成的上传',
    show: '显示传输列表',
    hide: '隐藏传输列表',
    queueLabel: '传输队列',
    queueActions: '队列操作',
    loading: '正在加载传输…',
    empty: '没有传输任务。把文件或文件夹拖到对象列表上，或点击“上传”。',
    loadFailed: '无法加载传输任务：',
    summary: (active: number, failed: number) =>
      [active > 0 ? `${active} 个进行中` : '', failed > 0 ? `${failed} 个失败` : '']
        .filter((part) => part !== '')
        .join('，'),

    pauseAll: '全部暂停',
    resumeAll: '全部继续',
    retryAll: '重试失败的任务',
    cancelAll: '全部取消',
    cancelAllConfirm: '确定取消所有未完成的传输吗？已上传的部分会从服务器上删除。',
    clearFinished: '清除已完成',
    pause: '暂停',
    resume: '继续',
    retry: '重试',
    cancel: '取消',
    dismiss: '关闭',
    actionFailed: '操作失败：',
    enableNotifications: '通知我',
    enableNotificationsHint: '耗时较长的传输结束时显示桌面通知',

    stalled: '已停滞：没有数据在传输，将重试该分段',
    states: {
      queued: '排队中',
      running: '进行中',
      paused: '已暂停',
      succeeded: '已完成',
      failed: '失败',
      canceled: '已取消',
    },
    upload: '上传',
    download: '下载',
    uploadTo: (bucket: string, key: string) => `到 ${bucket}/${key}`,
    downloadTo: (path: string) => `到 ${path}`,
    progressOf: (name: string) => `${name} 的进度`,
    bytes: (done: string, total: string) => `${done} / ${total}`,
    files: (done: number, total: number, counting: boolean) =>
      `${done} / ${total}${counting ? '+' : ''} 个文件`,
    skipped: (count: number) => `已跳过 ${count} 个`,
    eta: (left: string) => `剩余 ${left}`,
    failedBecause: '失败原因：',
    refused: (count: number) => `${count} 项未处理`,
    refusedMore: (count: number) => `… 另有 ${count} 项`,
    checkedBy: {
      md5: '已按其 MD5 ETag 校验',
      multipartEtag: '已按其分段 ETag 校验（由各分段重新计算）',
      sha256: '已按其 SHA-256 校验和校验',
      sha1: '已按其 SHA-1 校验和校验',
      crc32: '已按其 CRC32 校验和校验',
      size: '只校验了大小：服务器没有提供其他可供校验的信息',
    },
    checkNames: {
      md5: 'MD5 ETag',
      multipartEtag: '分段 ETag',
      sha256: 'SHA-256',
      sha1: 'SHA-1',
      crc32: 'CRC32',
      size: '仅大小',
    },
    checkedFiles: (parts: { count: number; name: string }[]) =>
      `校验：${parts.map(({ count, name }) => `${count} 个按 ${name}`).join('，')}`,

    conflictUpload: (key: string) => `存储桶中已存在“${key}”。要替换吗？`,
    conflictDownload: (path: string) => `这台电脑上已存在“${path}”。要替换吗？`,
    overwrite: '覆盖',
    skip: '跳过',
    keepBoth: '保留两者',
    applyToAll: '应用到此传输的所有文件',

    spoolingTitle: '正在准备上传',
    spoolingOf: (name: string) => `正在把 ${name} 发送到主机`,
    spoolingFiles: (done: number, total: number) => `${done} / ${total} 个文件`,
    uploadFailed: '无法开始上传：',
    unreadable: '以下内容无法读取，已略过：',
    nothingToUpload: '没有可上传的内容：拖入的文件夹都是空的。',
    downloadRefused: (count: number) =>
      `${count} 个对象未下载，因为它们的名称无法保存到所选文件夹中：`,

    uploadFiles: '上传文件',
    uploadFolder: '上传文件夹',
    filesInput: '要上传的文件',
    folderInput: '要上传的文件夹',

    downloadButton: '下载',
    downloadTitle: '下载',
    downloadWhat: (files: number, folders: number) =>
      [files > 0 ? `${files} 个文件` : '', folders > 0 ? `${folders} 个文件夹` : '']
        .filter((part) => part !== '')
        .join('和'),
    destination: '目标文件夹',
    destinationHint: '运行 Holdall 的电脑上的绝对路径',
    destinationRequired: '请输入文件夹的绝对路径',
    conflictPolicy: '文件已存在时',
    policies: { ask: '询问我', overwrite: '覆盖', skip: '跳过', keepBoth: '保留两者' },
    start: '下载',
    close: '取消',
    starting: '正在开始…',

    settingsButton: '设置…',
    settingsTitle: '传输设置',
    settingsCommand: '传输设置…',
    filesAtOnce: '同时传输的文件数',
    filesAtOnceHint: '同时上传或下载的文件数量',
    partsPerFile: '每个文件的分片并发数',
    partsPerFileHint: '一个大文件同时上传或下载的分片数量',
    bandwidthLimit: '带宽限制',
    bandwidthHint: '所有上传和下载共用；正在进行的传输立即生效',
    limitOn: '限速',
    rateUnit: '单位',
    rateUnits: { KiB: 'KiB/s', MiB: 'MiB/s' },
    wholeNumberBetween: (min: number, max: number) => `请输入 ${min} 到 ${max} 之间的整数`,
    rateRequired: '请输入速度，例如 512',
    rateAtLeast: ({ value, unit }: { value: string; unit: 'KiB' | 'MiB' }) =>
      `限速不能低于 ${value} ${unit}/s`,
    limitedTo: (speed: string) => `限速 ${speed}`,
    settingsLoadFailed: '无法加载传输设置：',
    save: '保存',
    saving: '正在保存…',

    notificationDone: (name: string) => `${name} 已完成`,
    notificationFailedBecause: (name: string, reason: string) => `${name} 失败：${reason}`,
    durationUnits: { seconds: '秒', minutes: '分钟', hours: '小时' },
    notificationTitle: 'Holdall',
    sendFailed: (name: string, detail: string | undefined) =>
      `无法把 ${name} 发送到 Holdall${detail === undefined ? '' : `（${detail}）`}。`,
  },
});
