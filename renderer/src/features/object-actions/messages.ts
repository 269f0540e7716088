import { localized } from '../../i18n/localized.js';
import { formatCount } from '../../lib/format-count.js';

const n = (value: number) => formatCount(value);

function items(objects: number, folders: number): string {
  const parts: string[] = [];
  if (objects > 0) parts.push(`${n(objects)} ${objects === 1 ? 'object' : 'objects'}`);
  if (folders > 0) parts.push(`${n(folders)} ${folders === 1 ? 'folder' : 'folders'}`);
  return parts.join(' and ');
}

function itemsZh(objects: number, folders: number): string {
  const parts: string[] = [];
  if (objects > 0) parts.push(`${n(objects)} 个对象`);
  if (folders > 0) parts.push(`${n(folders)} 个文件夹`);
  return parts.join('和 ');
}

/** Every string the object actions show, in each language Holdall speaks. */
const en = {
  menuLabel: 'Object actions',
  actionsButton: 'Actions',
  noActions: 'No actions here',
  commandGroup: 'Objects',
  newFolder: 'New folder…',
  newFolderButton: 'New folder',
  rename: 'Rename…',
  moveTo: 'Move to…',
  copyTo: 'Copy to…',
  delete: 'Delete…',
  cancel: 'Cancel',
  close: 'Close',
  problems: {
    empty: 'Enter a name',
    slash: 'A name cannot contain “/”',
    dots: '“.” and “..” cannot be names',
    control: 'A name cannot contain control characters',
    tooLong: 'The full key would be longer than 1,024 bytes',
    unchanged: 'Type a new name',
    existsFolder: (name: string) => `A folder named “${name}” already exists here`,
    existsObject: (name: string) => `An object named “${name}” already exists here`,
    emptyPart: 'A folder path cannot have empty parts (“//”)',
    dotPart: 'A folder path cannot have “.” or “..” parts',
    noBucket: 'Choose or type a bucket',
    sameLocation: (name: string) => `“${name}” is already there`,
    intoItself: (name: string) => `“${name}” cannot go inside itself`,
  },
  newFolderTitle: 'New folder',
  folderNameLabel: 'Folder name',
  createdIn: (location: string) => `Created in ${location}`,
  create: 'Create',
  creating: 'Creating…',
  renameTitle: (name: string) => `Rename “${name}”`,
  newNameLabel: 'New name',
  renameFolderHint: 'Every object under the folder moves to the new name.',
  renameButton: 'Rename',
  renaming: 'Renaming…',
  checking: 'Checking the name…',
  moveTitle: (objects: number, folders: number) => `Move ${items(objects, folders)}`,
  copyTitle: (objects: number, folders: number) => `Copy ${items(objects, folders)}`,
  bucketLabel: 'Destination bucket',
  bucketTypedHint: 'The buckets of this connection cannot be listed: type the name.',
  folderLabel: 'Destination folder',
  folderHint: 'Leave empty for the top of the bucket; missing folders are created.',
  treeLabel: 'Buckets and folders',
  treeHint: 'Pick a folder here, or type its path in the fields below.',
  listingBuckets: 'Listing buckets…',
  listingFolders: 'Listing folders…',
  listFailed: (why: string) => `Cannot list this folder: ${why}`,
  loadMoreFolders: 'Load more folders',
  loadingMoreFolders: 'Loading more folders…',
  tryAgain: 'Try again',
  placeName: (bucket: string, folder: string) => `“${bucket}/${folder}”`,
  copiedTo: (objects: number, folders: number, place: string) =>
    `Copied ${items(objects, folders)} to ${place}`,
  movedTo: (objects: number, folders: number, place: string) =>
    `Moved ${items(objects, folders)} to ${place}`,
  showPlace: 'Show',
  doneAndSkipped: (done: string, skipped: number) =>
    `${done}. ${n(skipped)} existing ${skipped === 1 ? 'object was' : 'objects were'} skipped.`,
  moveButton: 'Move',
  copyButton: 'Copy',
  working: 'Working…',
  progress: (done: number, total: number) => `${n(done)} of ${n(total)} done`,
  folderProgress: (name: string, done: number, total: number | null) =>
    total === null ? `${name}: ${n(done)} objects so far` : `${name}: ${n(done)} of ${n(total)}`,
  deleteTitle: (objects: number, folders: number) => `Delete ${items(objects, folders)}?`,
  deleteFolderNote: 'Each folder is deleted with everything under it, including its subfolders.',
  noUndo: 'This cannot be undone.',
  lockedBucketNote:
    'This bucket has object lock: deleting adds a delete marker that hides each object, and every locked version stays on the server until its lock ends.',
  deleteButton: 'Delete',
  deleting: 'Deleting…',
  deletedSoFar: (deleted: number) => `${n(deleted)} objects deleted`,
  andMore: (more: number) => `and ${n(more)} more`,
  failedTitle: (failed: number) => `${n(failed)} could not be completed:`,
  itemError: (name: string, message: string) => `${name}: ${message}`,
  partlyDone: (done: number) => `${n(done)} done.`,
  overwriteNote: 'If names already exist at the destination, you choose what happens first.',
  checkingDestination: 'Checking the destination…',
  clashTitle: (count: number) =>
    count === 1
      ? '1 item already exists at the destination'
      : `${n(count)} items already exist at the destination`,
  clashFolder: (name: string) => `${name} (folder: contents merge)`,
  clashHint: (move: boolean) =>
    move
      ? 'Replace writes over what exists. Skip existing leaves it as it is and moves the rest; a skipped object stays where it is.'
      : 'Replace writes over what exists. Skip existing leaves it as it is and copies the rest.',
  uncheckedTitle: 'The destination folder cannot be listed with this connection',
  uncheckedHint:
    'So names that already exist there cannot be found first. Replace writes over any that exist.',
  replace: 'Replace',
  skipExisting: 'Skip existing',
  stop: 'Stop',
  stopping: 'Stopping…',
  stoppedSummary: (done: number) => `Stopped. ${n(done)} done.`,
  skippedSummary: (skipped: number) =>
    `${n(skipped)} existing ${skipped === 1 ? 'object' : 'objects'} skipped.`,
  notDoneTitle: (count: number) => `${n(count)} not done:`,
  partlyDoneFolder: (name: string, objects: number) =>
    `${name} (${n(objects)} ${objects === 1 ? 'object inside was' : 'objects inside were'} done, the rest were not)`,
  /** Sentences side by side: English puts a space between them, Chinese does not. */
  sentences: (parts: readonly string[]) => parts.join(' '),
};

export const actionMessages = localized({
  en,
  'zh-CN': {
    menuLabel: '对象操作',
    actionsButton: '操作',
    noActions: '此处没有可用的操作',
    commandGroup: '对象',
    newFolder: '新建文件夹…',
    newFolderButton: '新建文件夹',
    rename: '重命名…',
    moveTo: '移动到…',
    copyTo: '复制到…',
    delete: '删除…',
    cancel: '取消',
    close: '关闭',
    problems: {
      empty: '请输入名称',
      slash: '名称不能包含“/”',
      dots: '名称不能是“.”或“..”',
      control: '名称不能包含控制字符',
      tooLong: '完整的对象键将超过 1024 字节',
      unchanged: '请输入新名称',
      existsFolder: (name: string) => `此处已存在名为“${name}”的文件夹`,
      existsObject: (name: string) => `此处已存在名为“${name}”的对象`,
      emptyPart: '文件夹路径中不能有空的部分（“//”）',
      dotPart: '文件夹路径中不能有“.”或“..”',
      noBucket: '请选择或输入存储桶',
      sameLocation: (name: string) => `“${name}”已在该位置`,
      intoItself: (name: string) => `“${name}”不能放入其自身之中`,
    },
    newFolderTitle: '新建文件夹',
    folderNameLabel: '文件夹名称',
    createdIn: (location: string) => `创建于 ${location}`,
    create: '创建',
    creating: '正在创建…',
    renameTitle: (name: string) => `重命名“${name}”`,
    newNameLabel: '新名称',
    renameFolderHint: '文件夹下的所有对象都将移动到新名称下。',
    renameButton: '重命名',
    renaming: '正在重命名…',
    checking: '正在检查名称…',
    moveTitle: (objects: number, folders: number) => `移动 ${itemsZh(objects, folders)}`,
    copyTitle: (objects: number, folders: number) => `复制 ${itemsZh(objects, folders)}`,
    bucketLabel: '目标存储桶',
    bucketTypedHint: '无法列出此连接的存储桶，请输入名称。',
    folderLabel: '目标文件夹',
    folderHint: '留空表示存储桶根目录；不存在的文件夹将自动创建。',
    treeLabel: '存储桶和文件夹',
    treeHint: '在此选择文件夹，或在下方字段中输入其路径。',
    listingBuckets: '正在列出存储桶…',
    listingFolders: '正在列出文件夹…',
    listFailed: (why: string) => `无法列出此文件夹：${why}`,
    loadMoreFolders: '加载更多文件夹',
    loadingMoreFolders: '正在加载更多文件夹…',
    tryAgain: '重试',
    placeName: (bucket: string, folder: string) => `“${bucket}/${folder}”`,
    copiedTo: (objects: number, folders: number, place: string) =>
      `已将 ${itemsZh(objects, folders)}复制到 ${place}`,
    movedTo: (objects: number, folders: number, place: string) =>
      `已将 ${itemsZh(objects, folders)}移动到 ${place}`,
    showPlace: '查看',
    doneAndSkipped: (done: string, skipped: number) =>
      `${done}。已跳过 ${n(skipped)} 个已存在的对象。`,
    moveButton: '移动',
    copyButton: '复制',
    working: '正在处理…',
    progress: (done: number, total: number) => `已完成 ${n(done)} / ${n(total)}`,
    folderProgress: (name: string, done: number, total: number | null) =>
      total === null ? `${name}：已处理 ${n(done)} 个对象` : `${name}：${n(done)} / ${n(total)}`,
    deleteTitle: (objects: number, folders: number) => `删除 ${itemsZh(objects, folders)}？`,
    deleteFolderNote: '文件夹将连同其下的所有内容（包括子文件夹）一并删除。',
    noUndo: '此操作无法撤销。',
    lockedBucketNote:
      '此存储桶启用了对象锁定：删除只会添加一个删除标记来隐藏每个对象，所有被锁定的版本在锁定结束前都会保留在服务器上。',
    deleteButton: '删除',
    deleting: '正在删除…',
    deletedSoFar: (deleted: number) => `已删除 ${n(deleted)} 个对象`,
    andMore: (more: number) => `等另外 ${n(more)} 项`,
    failedTitle: (failed: number) => `${n(failed)} 项未能完成：`,
    itemError: (name: string, message: string) => `${name}：${message}`,
    partlyDone: (done: number) => `已完成 ${n(done)} 项。`,
    overwriteNote: '如果目标位置已存在同名项，会先询问您如何处理。',
    checkingDestination: '正在检查目标位置…',
    clashTitle: (count: number) => `目标位置已存在 ${n(count)} 个同名项`,
    clashFolder: (name: string) => `${name}（文件夹：内容将合并）`,
    clashHint: (move: boolean) =>
      move
        ? '“替换”将覆盖这些项；“跳过已有项”将保留它们不变并移动其余项，被跳过的对象留在原处。'
        : '“替换”将覆盖这些项；“跳过已有项”将保留它们不变并复制其余项。',
    uncheckedTitle: '此连接无法列出目标文件夹',
    uncheckedHint: '因此无法预先查明其中是否已有同名项。“替换”将覆盖所有已存在的同名项。',
    replace: '替换',
    skipExisting: '跳过已有项',
    stop: '停止',
    stopping: '正在停止…',
    stoppedSummary: (done: number) => `已停止。已完成 ${n(done)} 项。`,
    skippedSummary: (skipped: number) => `已跳过 ${n(skipped)} 个已存在的对象。`,
    notDoneTitle: (count: number) => `${n(count)} 项未处理：`,
    partlyDoneFolder: (name: string, objects: number) =>
      `${name}（其中 ${n(objects)} 个对象已处理，其余未处理）`,
    sentences: (parts: readonly string[]) => parts.join(''),
  },
});
