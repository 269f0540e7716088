import { useMemo } from 'react';
import { useRegisterCommands } from '../../app/commands.js';
import type { Command } from '../../app/commands.js';
import { appMessages } from '../../app/messages.js';
import { setNameOrder, useNameOrder } from './name-order.js';
import { sortMessages as m } from './sort-messages.js';

/** The palette switches name order to the one not in effect. */
export function useNameOrderCommand(): void {
  const current = useNameOrder();
  const commands = useMemo<Command[]>(() => {
    const other = current === 'natural' ? 'byte' : 'natural';
    return [
      {
        id: 'objects.nameOrder',
        title: m.nameOrderCommand(m.nameOrders[other]),
        group: appMessages.commandGroups.preferences,
        keywords: ['sort', 'order', 'natural', 'byte', 'name', '排序', '名称'],
        run: () => setNameOrder(other),
      },
    ];
  }, [current]);
  useRegisterCommands(commands);
}
