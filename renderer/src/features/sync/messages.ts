import type { DifferenceKind, SyncDirection } from '../../../../shared/domain/sync.js';
import { localized } from '../../i18n/localized.js';

/** Every string "Compare with local folder…" shows, in each language Holdall speaks. */
const en = {
  action: 'Compare with local folder…',
  command: 'Compare the folder shown (or the one selected) with a local folder',
  title: (place: string) => `Compare ${place} with a local folder`,
  localFolder: 'Local folder',
  localFolderHint: 'Open a folder below: the folder shown is the one compared.',
  chooseFolder: 'Choose folder…',
  noFolderChosen: 'No folder chosen',
  chooseFirst: 'Choose a folder first.',
  compare: 'Compare',
  compareAgain: 'Compare again',
  comparing: 'Comparing…',
  compareFailed: 'Could not compare:',
  stopped: 'The compare was stopped.',
  same: (n: number) => `${n} ${n === 1 ? 'file is' : 'files are'} the same on both sides.`,
  noDifferences: 'No differences.',
  classes: {
    onlyHere: 'Only here (local folder)',
    onlyThere: 'Only there (bucket)',
    newerHere: 'Newer here',
    newerThere: 'Newer there',
  } satisfies Record<DifferenceKind, string>,
  direction: 'Direction',
  directions: {
    upload: 'Upload what differs',
    download: 'Download what differs',
    'mirror-up': 'Mirror up (may delete in the bucket)',
    'mirror-down': 'Mirror down (may delete local files)',
  } satisfies Record<SyncDirection, string>,
  deletions: (n: number) => `Delete (ticked only): ${n} candidates`,
  deletionsNone: 'Nothing to delete: the written side has nothing the other lacks.',
  deletePath: (path: string) => `Delete ${path}`,
  sync: 'Sync…',
  confirmTitle: 'Start this sync?',
  confirmDeletions: (n: number) =>
    `${n} ${n === 1 ? 'path' : 'paths'} will be deleted, and nothing else:`,
  confirmNoDeletions: 'Nothing will be deleted.',
  back: 'Back',
  startSync: 'Sync now',
  syncStarted: 'The sync runs in the Activity panel.',
  syncFailed: 'Could not start the sync:',
  savePair: 'Save this pair',
  pairSaved: 'Pair saved.',
  saveFailed: 'Could not save the pair:',
  close: 'Close',
  include: 'Include (only these)',
  exclude: 'Exclude',
  patternsHint:
    'One glob per line or comma-separated: *.log matches a name in every folder, build/** a path below the folder. An exclude wins.',
  patternsTooMany: (count: number, max: number) => `${count} patterns: at most ${max} are taken.`,
  patternTooLong: (pattern: string, max: number) =>
    `"${pattern.slice(0, 40)}…" is longer than ${max} characters.`,
  patternAbsolute: (pattern: string) =>
    `"${pattern}" starts with "/": patterns match paths below the folder, so write it without the "/".`,
  patternInvalid: (pattern: string, reason: string) => `"${pattern}" is not a pattern: ${reason}`,
  patternsUsed: (include: string, exclude: string) =>
    `Patterns: include ${include || 'everything'}; exclude ${exclude || 'nothing'}.`,
  dryRun: 'Dry run',
  dryRunTitle: 'Dry run: nothing was copied or deleted',
  dryRunRunning: 'Dry run: comparing…',
  dryRunCopies: (n: number, up: boolean) =>
    `A sync would ${up ? 'upload' : 'download'} ${n} ${n === 1 ? 'file' : 'files'}:`,
  dryRunDeletes: (n: number, up: boolean) =>
    `and delete ${n} ${n === 1 ? 'path' : 'paths'} ${up ? 'in the bucket' : 'in the local folder'}:`,
  dryRunNoDeletes: 'and delete nothing.',
  dryRunFailed: 'The dry run failed:',
  savedPairsCommand: 'Saved sync pairs: run one again or delete it',
  savedPairsTitle: 'Saved sync pairs',
  noSavedPairs: 'No saved pairs yet: compare a folder and press "Save this pair".',
  pairLabel: (place: string, path: string) => `${path} ⇄ ${place}`,
  pairFolderGone: 'The folder is gone: it cannot be compared.',
  runPair: 'Run',
  runPairLabel: (place: string) => `Run ${place}`,
  deletePair: 'Delete',
  deletePairLabel: (place: string) => `Delete the pair ${place}`,
  confirmDeletePair: (place: string, path: string) =>
    `Delete the saved pair ${path} ⇄ ${place}? Nothing on either side is touched.`,
  loadPairsFailed: 'Could not read the saved pairs:',
  deletePairFailed: 'Could not delete the pair:',
  savedDirection: (direction: string) => `Direction: ${direction}`,
  folderNotFor: (use: 'read' | 'write') =>
    use === 'read'
      ? 'This folder was granted for writing only: choose it again to sync up.'
      : 'This folder was granted for reading only: choose it again to sync down.',
  newerKept: (n: number, up: boolean) =>
    `${n} ${n === 1 ? 'file is' : 'files are'} newer ${up ? 'in the bucket' : 'in the local folder'} and will be kept.`,
  newerReplaced: (n: number, up: boolean) =>
    `${n} ${n === 1 ? 'file is' : 'files are'} newer ${up ? 'in the bucket' : 'in the local folder'} and will be replaced.`,
  replaceNewer: 'Replace them too',
  confirmReplaces: (n: number) =>
    `${n} newer ${n === 1 ? 'file' : 'files'} will be replaced with the older copy:`,
  dryRunKeptNewer: (n: number, up: boolean) =>
    `It would keep ${n} newer ${n === 1 ? 'file' : 'files'} ${up ? 'in the bucket' : 'in the local folder'}:`,
  dryRunReplacedNewer: (n: number) =>
    `It would replace ${n} newer ${n === 1 ? 'file' : 'files'} with the older copy:`,
  pairReplacesNewer: 'replaces newer files',
};

export const syncMessages = localized({
  en,
  'zh-CN': {
    action: '与本地文件夹比较…',
    command: '将当前文件夹（或所选文件夹）与本地文件夹比较',
    title: (place: string) => `将 ${place} 与本地文件夹比较`,
    localFolder: '本地文件夹',
    localFolderHint: '在下方打开一个文件夹：所显示的文件夹即为比较对象。',
    chooseFolder: '选择文件夹…',
    noFolderChosen: '未选择文件夹',
    chooseFirst: '请先选择文件夹。',
    compare: '比较',
    compareAgain: '重新比较',
    comparing: '正在比较…',
    compareFailed: '无法比较：',
    stopped: '比较已停止。',
    same: (n: number) => `${n} 个文件两边相同。`,
    noDifferences: '没有差异。',
    classes: {
      onlyHere: '仅在此处（本地文件夹）',
      onlyThere: '仅在彼处（存储桶）',
      newerHere: '此处较新',
      newerThere: '彼处较新',
    },
    direction: '方向',
    directions: {
      upload: '上传有差异的文件',
      download: '下载有差异的文件',
      'mirror-up': '镜像上传（可能删除存储桶中的对象）',
      'mirror-down': '镜像下载（可能删除本地文件）',
    },
    deletions: (n: number) => `删除（仅勾选项）：共 ${n} 项候选`,
    deletionsNone: '无需删除：写入的一侧没有另一侧缺少的内容。',
    deletePath: (path: string) => `删除 ${path}`,
    sync: '同步…',
    confirmTitle: '开始此次同步？',
    confirmDeletions: (n: number) => `将删除 ${n} 个路径，不会删除其他内容：`,
    confirmNoDeletions: '不会删除任何内容。',
    back: '返回',
    startSync: '立即同步',
    syncStarted: '同步正在活动面板中运行。',
    syncFailed: '无法开始同步：',
    savePair: '保存此配对',
    pairSaved: '配对已保存。',
    saveFailed: '无法保存配对：',
    close: '关闭',
    include: '包含（仅这些）',
    exclude: '排除',
    patternsHint:
      '每行一个通配符，或用逗号分隔：*.log 匹配每个文件夹中的名称，build/** 匹配文件夹下的路径。排除优先。',
    patternsTooMany: (count: number, max: number) => `共 ${count} 个模式：最多接受 ${max} 个。`,
    patternTooLong: (pattern: string, max: number) =>
      `“${pattern.slice(0, 40)}…”超过 ${max} 个字符。`,
    patternAbsolute: (pattern: string) =>
      `“${pattern}”以“/”开头：模式匹配文件夹下的路径，请去掉“/”。`,
    patternInvalid: (pattern: string, reason: string) => `“${pattern}”不是有效的模式：${reason}`,
    patternsUsed: (include: string, exclude: string) =>
      `模式：包含 ${include || '全部'}；排除 ${exclude || '无'}。`,
    dryRun: '试运行',
    dryRunTitle: '试运行：未复制或删除任何内容',
    dryRunRunning: '试运行：正在比较…',
    dryRunCopies: (n: number, up: boolean) => `同步将${up ? '上传' : '下载'} ${n} 个文件：`,
    dryRunDeletes: (n: number, up: boolean) =>
      `并删除${up ? '存储桶中' : '本地文件夹中'}的 ${n} 个路径：`,
    dryRunNoDeletes: '且不删除任何内容。',
    dryRunFailed: '试运行失败：',
    savedPairsCommand: '已保存的同步配对：再次运行或删除',
    savedPairsTitle: '已保存的同步配对',
    noSavedPairs: '尚无已保存的配对：比较一个文件夹后按“保存此配对”。',
    pairLabel: (place: string, path: string) => `${path} ⇄ ${place}`,
    pairFolderGone: '该文件夹已不存在，无法比较。',
    runPair: '运行',
    runPairLabel: (place: string) => `运行 ${place}`,
    deletePair: '删除',
    deletePairLabel: (place: string) => `删除配对 ${place}`,
    confirmDeletePair: (place: string, path: string) =>
      `删除已保存的配对 ${path} ⇄ ${place}？两边的内容都不会改动。`,
    loadPairsFailed: '无法读取已保存的配对：',
    deletePairFailed: '无法删除配对：',
    savedDirection: (direction: string) => `方向：${direction}`,
    folderNotFor: (use: 'read' | 'write') =>
      use === 'read'
        ? '此文件夹仅授权写入：请重新选择以向上同步。'
        : '此文件夹仅授权读取：请重新选择以向下同步。',
    newerKept: (n: number, up: boolean) =>
      `${up ? '存储桶中' : '本地文件夹中'}有 ${n} 个文件较新，将予以保留。`,
    newerReplaced: (n: number, up: boolean) =>
      `${up ? '存储桶中' : '本地文件夹中'}有 ${n} 个文件较新，将被替换。`,
    replaceNewer: '也替换它们',
    confirmReplaces: (n: number) => `将用较旧的副本替换 ${n} 个较新的文件：`,
    dryRunKeptNewer: (n: number, up: boolean) =>
      `将保留${up ? '存储桶中' : '本地文件夹中'}较新的 ${n} 个文件：`,
    dryRunReplacedNewer: (n: number) => `将用较旧的副本替换 ${n} 个较新的文件：`,
    pairReplacesNewer: '替换较新的文件',
  },
});
