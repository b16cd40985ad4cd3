import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL_PREFIX, operationNames } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/api-error';
import type { ApiService } from '../api/api-service';
import { isTrustedSender } from './sender-check';

/**
 * One ipcMain handler per operation in the contract. Each checks who is
 * calling before the API service validates and runs the call.
 */
export function registerIpcHandlers(options: {
  service: ApiService;
  isAppWindow: (event: IpcMainInvokeEvent) => boolean;
  allowedOrigins: readonly string[];
}): void {
  for (const name of operationNames) {
    ipcMain.handle(`${IPC_CHANNEL_PREFIX}${name}`, (event, input: unknown): Promise<ApiResult<unknown>> => {
      const frame = event.senderFrame;
      const trusted = isTrustedSender(
        {
          frameUrl: frame?.url ?? null,
          isMainFrame: frame !== null && frame !== undefined && frame.parent === null,
          fromAppWindow: options.isAppWindow(event),
        },
        options.allowedOrigins,
      );
      if (!trusted) {
        return Promise.resolve({
          ok: false,
          error: { code: 'rejected', message: 'This request did not come from the Copydesk window.' },
        });
      }
      return options.service.dispatch(name, input);
    });
  }
}
