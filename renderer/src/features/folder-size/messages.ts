import { localized } from '../../i18n/localized.js';

/** Every string "Calculate size" shows, in each language Holdall speaks. */
const en = {
  action: 'Calculate size',
  command: 'Calculate the size of the selection, folder or bucket',
  title: (place: string) => `Size of ${place}`,
  bucket: (bucket: string) => `bucket ${bucket}`,
  selected: (n: number) => `${n} selected items`,
  counting: (n: string) => `Counting… ${n} objects so far`,
  stop: 'Stop',
  summary: (objects: string, size: string, ago: string) =>
    `${objects} objects, ${size}, computed ${ago}`,
  never: 'Not calculated yet.',
  stopped: 'Stopped before the end: nothing new was kept.',
  failed: 'Could not calculate the size:',
  classHeading: 'By storage class',
  storageClass: 'Storage class',
  objects: 'Objects',
  size: 'Size',
  incompleteUploads: (n: string) => `${n} incomplete multipart uploads (counted, not measured)`,
  noncurrent: (n: string, size: string) => `${n} noncurrent versions, ${size}`,
  includeVersions: 'Include noncurrent versions',
  recalculate: 'Recalculate',
  close: 'Close',
};

export const folderSizeMessages = localized({
  en,
  'zh-CN': {
    action: '计算大小',
    command: '计算所选项、文件夹或存储桶的大小',
    title: (place: string) => `${place} 的大小`,
    bucket: (bucket: string) => `存储桶 ${bucket}`,
    selected: (n: number) => `所选 ${n} 项`,
    counting: (n: string) => `正在统计…已统计 ${n} 个对象`,
    stop: '停止',
    summary: (objects: string, size: string, ago: string) =>
      `${objects} 个对象，${size}，计算于${ago}`,
    never: '尚未计算。',
    stopped: '未完成即已停止：未保存新结果。',
    failed: '无法计算大小：',
    classHeading: '按存储类别',
    storageClass: '存储类别',
    objects: '对象',
    size: '大小',
    incompleteUploads: (n: string) => `${n} 个未完成的分段上传（仅计数，未计大小）`,
    noncurrent: (n: string, size: string) => `${n} 个非当前版本，${size}`,
    includeVersions: '包含非当前版本',
    recalculate: '重新计算',
    close: '关闭',
  },
});
