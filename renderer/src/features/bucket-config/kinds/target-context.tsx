import { createContext, useContext } from 'react';
import type { ConfigTarget } from '../config-kind.js';
import type { ConfigTabEditor } from '../config-kinds.js';

const TargetContext = createContext<ConfigTarget | undefined>(undefined);

/**
 * The bucket (and connection) a kind's form works on, for forms that call the contract
 * themselves: the preflight tester, the topic list. The generic editor hands forms only
 * what validation needs.
 */
export function useConfigTarget(): ConfigTarget {
  const target = useContext(TargetContext);
  if (target === undefined) throw new Error('useConfigTarget outside a configuration tab');
  return target;
}

/** A tab whose form may read its target with useConfigTarget. */
export function withTarget(Editor: ConfigTabEditor): ConfigTabEditor {
  return function TargetedEditor({ target }) {
    return (
      <TargetContext.Provider value={target}>
        <Editor target={target} />
      </TargetContext.Provider>
    );
  };
}
