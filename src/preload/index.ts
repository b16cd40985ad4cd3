import { contextBridge, ipcRenderer } from 'electron';
import {
  BRIDGE_GLOBAL,
  IPC_CHANNEL_PREFIX,
  IPC_COMMAND_CHANNEL,
  operationNames,
  shellCommands,
  type ShellCommand,
} from '../shared/api/contract';

/**
 * Exactly one function per operation in the contract, plus a subscription to
 * menu commands. The page never sees ipcRenderer itself.
 */
const bridge: Record<string, unknown> = {};
for (const name of operationNames) {
  bridge[name] = (input: unknown) => ipcRenderer.invoke(`${IPC_CHANNEL_PREFIX}${name}`, input);
}
bridge.onCommand = (listener: (command: ShellCommand) => void) => {
  const handler = (_event: unknown, command: unknown) => {
    if ((shellCommands as readonly unknown[]).includes(command)) listener(command as ShellCommand);
  };
  ipcRenderer.on(IPC_COMMAND_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(IPC_COMMAND_CHANNEL, handler);
  };
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
