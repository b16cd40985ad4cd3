import { ApiError, type ApiResult } from '../../shared/api/api-error';
import type { CopydeskApi, CopydeskBridge, OperationName, ShellCommand } from '../../shared/api/contract';
import { BRIDGE_GLOBAL, operationNames } from './operation-names';

type AnyCall = (input: unknown) => Promise<unknown>;
type BridgeCall = (input: unknown) => Promise<ApiResult<unknown>>;

/**
 * The bridge returns result envelopes; the UI wants values and thrown
 * ApiErrors it can show. A bridge that itself fails (the main process gone,
 * the preview server stopped) becomes an ApiError with a sentence, not a stack.
 */
export function createApiClient(bridge: CopydeskBridge): CopydeskApi {
  const api = {} as Record<OperationName, AnyCall>;
  for (const name of operationNames) {
    const call = bridge[name] as unknown as BridgeCall;
    api[name] = async (input) => {
      let result;
      try {
        result = await call(input);
      } catch {
        throw new ApiError('internal', 'Copydesk lost touch with its store. Your text is still here; try again in a moment.');
      }
      if (result.ok) return result.value;
      throw new ApiError(result.error.code, result.error.message, result.error.field);
    };
  }
  return api as unknown as CopydeskApi;
}

/** The bridge the preload (or the browser preview's script) put on window, if any. */
export function findBridge(): CopydeskBridge | null {
  const candidate = (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
  return typeof candidate === 'object' && candidate !== null ? (candidate as CopydeskBridge) : null;
}

export type CommandSource = (listener: (command: ShellCommand) => void) => () => void;

/** Turns whatever was thrown into a sentence for a toast or a banner. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Try again; if it keeps happening, restart Copydesk.';
}
