import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { ContractClient } from './contract-client.js';

const ContractContext = createContext<ContractClient | null>(null);

export function ContractProvider({
  client,
  children,
}: {
  client: ContractClient;
  children: ReactNode;
}) {
  return <ContractContext value={client}>{children}</ContractContext>;
}

export function useContract(): ContractClient {
  const client = useContext(ContractContext);
  if (client === null) throw new Error('useContract needs a <ContractProvider> above it');
  return client;
}
