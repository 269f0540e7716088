import { usePreferenceCommand } from '../../app/use-preference-command.js';
import { setNameOrder, useNameOrder } from './name-order.js';
import { sortMessages as m } from './sort-messages.js';

const KEYWORDS = ['sort', 'order', 'natural', 'byte', 'name', '排序', '名称'];

/** The palette switches name order to the one not in effect. */
export function useNameOrderCommand(): void {
  usePreferenceCommand({
    id: 'objects.nameOrder',
    choices: ['natural', 'byte'],
    current: useNameOrder(),
    title: (order) => m.nameOrderCommand(m.nameOrders[order]),
    keywords: KEYWORDS,
    set: setNameOrder,
  });
}
