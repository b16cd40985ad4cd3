import type { OperationName } from '../../shared/api/contract';

/**
 * Written in by the bundler from the contract (src/shared/api/bridge-defines.ts):
 * importing them would build every schema of the contract when the page starts.
 */
declare const __COPYDESK_OPERATION_NAMES__: readonly OperationName[];
declare const __COPYDESK_BRIDGE_GLOBAL__: string;

export const operationNames = __COPYDESK_OPERATION_NAMES__;
export const BRIDGE_GLOBAL = __COPYDESK_BRIDGE_GLOBAL__;
