export interface FocusReturn {
  /** What held the focus when the dialog, menu or palette opened. */
  readonly opener: HTMLElement | null;
  /** Gives the focus back to the opener, or, if a list update removed it meanwhile, to the
   * current item of the widget it belonged to. */
  restore(): void;
}

/**
 * Remembers where the focus is before something takes it. A widget with a roving tab stop
 * (a grid, a tree) marks itself `data-focus-home`: its one `tabindex="0"` item is where the
 * focus goes when the item that held it is gone, instead of dropping to the page.
 */
export function rememberFocus(): FocusReturn {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const home = opener?.closest<HTMLElement>('[data-focus-home]') ?? null;
  return {
    opener,
    restore() {
      if (opener?.isConnected === true) opener.focus();
      else if (home?.isConnected === true) {
        home.querySelector<HTMLElement>('[tabindex="0"]')?.focus({ preventScroll: true });
      }
    },
  };
}
