import { useLayoutEffect, useMemo, useRef } from 'react';
import { useRegisterCommands } from '../../app/commands.js';
import type { Command } from '../../app/commands.js';
import { appMessages } from '../../app/messages.js';
import { navigationMessages as m } from './messages.js';
import type { Navigation } from './navigation-context.js';
import { shortcutLabel } from './shortcuts.js';

/** Refresh, Back, Forward and Up in the palette, offered while they can do something. */
export function useNavigationCommands(navigation: Navigation, refresh: () => void): void {
  const latest = useRef({ navigation, refresh });
  useLayoutEffect(() => {
    latest.current = { navigation, refresh };
  });
  const { canGoBack, canGoForward, canGoUp } = navigation;
  const commands = useMemo<Command[]>(() => {
    const { goTo, view } = appMessages.commandGroups;
    const list: Command[] = [
      {
        id: 'navigation.refresh',
        title: m.refreshCommand,
        group: view,
        shortcut: shortcutLabel('refresh'),
        keywords: ['refresh', 'reload', 'update', '刷新', '重新加载'],
        run: () => latest.current.refresh(),
      },
    ];
    if (canGoBack) {
      list.push({
        id: 'navigation.back',
        title: m.backCommand,
        group: goTo,
        shortcut: shortcutLabel('back'),
        keywords: ['back', 'previous', '后退', '返回'],
        run: () => latest.current.navigation.back(),
      });
    }
    if (canGoForward) {
      list.push({
        id: 'navigation.forward',
        title: m.forwardCommand,
        group: goTo,
        shortcut: shortcutLabel('forward'),
        keywords: ['forward', 'next', '前进'],
        run: () => latest.current.navigation.forward(),
      });
    }
    if (canGoUp) {
      list.push({
        id: 'navigation.up',
        title: m.upCommand,
        group: goTo,
        shortcut: shortcutLabel('up'),
        keywords: ['up', 'parent', 'folder', '上一级', '父文件夹'],
        run: () => latest.current.navigation.up(),
      });
    }
    return list;
  }, [canGoBack, canGoForward, canGoUp]);
  useRegisterCommands(commands);
}
