import { navigationMessages as m } from './messages.js';
import { useNavigation } from './navigation-context.js';
import { shortcutLabel } from './shortcuts.js';
import type { NavigationKey } from './shortcuts.js';
import './navigation.css';

const ARROWS: Record<NavigationKey, string> = { back: '←', forward: '→', up: '↑', refresh: '⟳' };

/** Back, Forward, Up and Refresh, beside the breadcrumbs. */
export function NavigationBar({ onRefresh }: { onRefresh: () => void }) {
  const navigation = useNavigation();
  const buttons: { key: NavigationKey; label: string; enabled: boolean; run: () => void }[] = [
    { key: 'back', label: m.back, enabled: navigation.canGoBack, run: navigation.back },
    { key: 'forward', label: m.forward, enabled: navigation.canGoForward, run: navigation.forward },
    { key: 'up', label: m.up, enabled: navigation.canGoUp, run: navigation.up },
    { key: 'refresh', label: m.refresh, enabled: true, run: onRefresh },
  ];
  return (
    <div role="toolbar" aria-label={m.barLabel} className="nav-bar">
      {buttons.map(({ key, label, enabled, run }) => (
        <button
          key={key}
          type="button"
          className="nav-button"
          aria-label={label}
          title={`${label} (${shortcutLabel(key)})`}
          // aria-disabled, not disabled: a button that stops being usable keeps the focus.
          aria-disabled={!enabled}
          onClick={() => {
            if (enabled) run();
          }}
        >
          <span aria-hidden="true">{ARROWS[key]}</span>
        </button>
      ))}
    </div>
  );
}
