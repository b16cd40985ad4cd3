import { BRIDGE_GLOBAL, operationNames } from './contract';

/**
 * The contract's operation names and the bridge's global name as a bundler's
 * `define` (esbuild for the preview's bridge, Vite for the renderer): the
 * page's script gets them written in, so it never builds the contract's zod
 * schemas just to read their names.
 */
export const bridgeDefines: Record<string, string> = {
  __COPYDESK_OPERATION_NAMES__: JSON.stringify(operationNames),
  __COPYDESK_BRIDGE_GLOBAL__: JSON.stringify(BRIDGE_GLOBAL),
};
