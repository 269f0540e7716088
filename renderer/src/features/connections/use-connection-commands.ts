import { useLayoutEffect, useMemo, useRef } from 'react';
import { useRegisterCommands } from '../../app/commands.js';
import type { Command } from '../../app/commands.js';
import { appMessages } from '../../app/messages.js';
import { connectionMessages as m } from './messages.js';

/** "New connection…" in the palette, there even before the first connection exists. */
export function useConnectionCommands(onAdd: () => void): void {
  const latest = useRef(onAdd);
  useLayoutEffect(() => {
    latest.current = onAdd;
  });
  const commands = useMemo<Command[]>(
    () => [
      {
        id: 'connections.create',
        title: m.newConnectionCommand,
        group: appMessages.commandGroups.create,
        keywords: ['add connection', 'new connection', 'endpoint', '添加连接', '新建连接'],
        run: () => latest.current(),
      },
    ],
    [],
  );
  useRegisterCommands(commands);
}
