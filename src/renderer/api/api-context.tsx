import { createContext, useContext, type ReactNode } from 'react';
import type { CopydeskApi } from '../../shared/api/contract';

const ApiContext = createContext<CopydeskApi | null>(null);

export function ApiProvider({ api, children }: { api: CopydeskApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): CopydeskApi {
  const api = useContext(ApiContext);
  if (api === null) throw new Error('useApi needs an ApiProvider above it');
  return api;
}
