import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { Context, ReactNode } from 'react';
import { contributedItems, withContribution, withoutContribution } from './contributions.js';
import type { Contributions } from './contributions.js';

interface Registration<T> {
  register: (owner: symbol, items: readonly T[]) => void;
  unregister: (owner: symbol) => void;
}

export interface ContributionRegistry<T> {
  /** Holds what every mounted feature contributes, in mount order. */
  Provider: (props: { children: ReactNode }) => ReactNode;
  /**
   * Contributes items while the calling component is mounted. Pass a memoized array: a new
   * array each render re-registers each render.
   */
  useContribute: (items: readonly T[]) => void;
  /** Everything contributed at the moment. */
  useContributions: () => readonly T[];
}

/**
 * A list features add to without knowing each other (palette commands, object menu entries).
 * Two contexts: registering must stay stable while the list changes, or every registration
 * would trigger the next.
 */
export function createContributionRegistry<T>(name: string): ContributionRegistry<T> {
  const RegistrationContext: Context<Registration<T> | null> =
    createContext<Registration<T> | null>(null);
  const ListContext = createContext<readonly T[]>([]);

  function Provider({ children }: { children: ReactNode }) {
    const [byOwner, setByOwner] = useState<Contributions<T>>(new Map());
    const registration = useMemo<Registration<T>>(
      () => ({
        register: (owner, items) =>
          setByOwner((previous) => withContribution(previous, owner, items)),
        unregister: (owner) => setByOwner((previous) => withoutContribution(previous, owner)),
      }),
      [],
    );
    const items = useMemo(() => contributedItems(byOwner), [byOwner]);
    return (
      <RegistrationContext.Provider value={registration}>
        <ListContext.Provider value={items}>{children}</ListContext.Provider>
      </RegistrationContext.Provider>
    );
  }

  function useContribute(items: readonly T[]): void {
    const registration = useContext(RegistrationContext);
    if (registration === null) throw new Error(`${name}: its Provider is missing above`);
    const { register, unregister } = registration;
    const [owner] = useState(() => Symbol(name));
    useEffect(() => {
      register(owner, items);
    }, [register, owner, items]);
    useEffect(() => () => unregister(owner), [unregister, owner]);
  }

  return {
    Provider,
    useContribute,
    useContributions: () => useContext(ListContext),
  };
}
