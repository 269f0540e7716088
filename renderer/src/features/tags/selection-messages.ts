import { localized } from '../../i18n/localized.js';
import { formatCount } from '../../lib/format-count.js';

const n = formatCount;
const objects = (count: number) => (count === 1 ? '1 object' : `${n(count)} objects`);

const en = {
  action: 'Edit tags…',
  command: 'Edit the tags of the selected objects',
  title: (count: number) => `Edit tags of ${objects(count)}`,
  intro: (count: number) =>
    `The changes apply to each of the ${objects(count)}; each keeps its other tags.`,
  currentTitle: 'Tags on these objects now',
  reading: 'Reading the objects’ tags…',
  noTags: 'None of these objects has tags.',
  columns: { key: 'Tag key', on: 'On', values: 'Values', remove: 'Remove' },
  onAll: (count: number) => `all ${n(count)}`,
  onSome: (some: number, count: number) => `${n(some)} of ${n(count)}`,
  differs: 'differs',
  andOthers: '…',
  removeKey: (key: string) => `Remove tag ${key} from every object`,
  differing: (keys: string) => `Keys whose value or presence differs between objects: ${keys}.`,
  allSame: 'Every tag key has the same value on all of these objects.',
  unread: (count: number) => `The tags of ${objects(count)} could not be read:`,
  setLegend: 'Add or change',
  setHint: 'Each tag is added, or replaces the value of the same key, on every object.',
  apply: 'Apply to all',
  applying: 'Applying…',
  nothing: 'Add a tag or mark one to remove first.',
  fixFirst: 'Fix the marked fields; nothing was sent.',
  done: (changed: number, unchanged: number) =>
    unchanged === 0
      ? `Changed the tags of ${objects(changed)}.`
      : `Changed the tags of ${objects(changed)}; ${objects(unchanged)} already had them.`,
  failedTitle: (count: number) => `${objects(count)} kept their tags:`,
  separator: ', ',
};

/** "Edit tags…" for a selection of objects. */
export const tagSelectionMessages = localized({
  en,
  'zh-CN': {
    action: '编辑标签…',
    command: '编辑所选对象的标签',
    title: (count: number) => `编辑 ${n(count)} 个对象的标签`,
    intro: (count: number) => `更改会应用到这 ${n(count)} 个对象中的每一个；每个对象保留其他标签。`,
    currentTitle: '这些对象当前的标签',
    reading: '正在读取对象的标签…',
    noTags: '这些对象都没有标签。',
    columns: { key: '标签键', on: '对象数', values: '值', remove: '移除' },
    onAll: (count: number) => `全部 ${n(count)} 个`,
    onSome: (some: number, count: number) => `${n(count)} 个中的 ${n(some)} 个`,
    differs: '不一致',
    andOthers: '…',
    removeKey: (key: string) => `从每个对象移除标签 ${key}`,
    differing: (keys: string) => `值或存在情况在对象之间不一致的键：${keys}。`,
    allSame: '每个标签键在这些对象上的值都相同。',
    unread: (count: number) => `无法读取 ${n(count)} 个对象的标签：`,
    setLegend: '添加或修改',
    setHint: '每个标签都会添加到每个对象上，或替换同名键的值。',
    apply: '全部应用',
    applying: '正在应用…',
    nothing: '请先添加标签或勾选要移除的标签。',
    fixFirst: '请修正标记的字段；尚未发送任何内容。',
    done: (changed: number, unchanged: number) =>
      unchanged === 0
        ? `已更改 ${n(changed)} 个对象的标签。`
        : `已更改 ${n(changed)} 个对象的标签；${n(unchanged)} 个对象已有这些标签。`,
    failedTitle: (count: number) => `${n(count)} 个对象的标签未更改：`,
    separator: '、',
  },
});
