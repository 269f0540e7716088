import { localized } from '../../i18n/localized.js';
import { formatCount } from '../../lib/format-count.js';

/** What the list says about name order and about sorting a folder not fully loaded. */
const en = {
  nameOrderSetting: 'Sort names',
  nameOrderHint:
    'Natural order reads numbers as numbers and ignores case; byte order is the order S3 lists in.',
  nameOrders: { natural: 'Naturally (file2 before file10)', byte: 'By bytes, as S3 lists them' },
  nameOrderCommand: (choice: string) => `Sort names: ${choice}`,
  noticeLabel: 'Sort order',
  sortedLoaded: (n: number) =>
    `Sorted the ${formatCount(n)} loaded ${n === 1 ? 'item' : 'items'} only; the rest of the folder is not loaded yet.`,
  loadingAll: (n: number) => `Loading the whole folder to sort it: ${formatCount(n)} items so far…`,
  loadAll: 'Load all',
  stop: 'Stop',
};

export const sortMessages = localized({
  en,
  'zh-CN': {
    nameOrderSetting: '名称排序',
    nameOrderHint: '自然顺序按数值比较数字并忽略大小写；字节顺序即 S3 列出的顺序。',
    nameOrders: {
      natural: '自然顺序（file2 在 file10 之前）',
      byte: '按字节，与 S3 列出的顺序相同',
    },
    nameOrderCommand: (choice: string) => `名称排序：${choice}`,
    noticeLabel: '排序方式',
    sortedLoaded: (n: number) =>
      `仅对已加载的 ${formatCount(n)} 项排序；文件夹的其余部分尚未加载。`,
    loadingAll: (n: number) => `正在加载整个文件夹以便排序：已加载 ${formatCount(n)} 项…`,
    loadAll: '全部加载',
    stop: '停止',
  },
});
