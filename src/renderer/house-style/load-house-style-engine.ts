import type { houseStyleEngine } from './house-style-engine';

type EngineModule = { houseStyleEngine: typeof houseStyleEngine };

let loading: Promise<EngineModule> | null = null;

/** The house-style engine's code, fetched once (a separate chunk); a failed fetch is tried again next time. */
export function loadHouseStyleEngineModule(): Promise<EngineModule> {
  loading ??= import('./house-style-engine').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
