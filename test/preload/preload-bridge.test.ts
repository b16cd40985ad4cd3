import { beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_GLOBAL, IPC_COMMAND_CHANNEL, operationNames, type ShellCommand } from '../../src/shared/api/contract';
import { contextBridge, ipcRenderer, resetElectronDouble } from '../doubles/electron';

type Bridge = Record<string, (input?: unknown) => unknown> & {
  onCommand(listener: (command: ShellCommand) => void): () => void;
};

let bridge: Bridge;
beforeAll(async () => {
  resetElectronDouble();
  await import('../../src/preload/index');
  bridge = contextBridge.exposed.get(BRIDGE_GLOBAL) as Bridge;
});

describe('preload bridge', () => {
  it('exposes one function per operation and the command subscription, nothing else', () => {
    expect([...contextBridge.exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
    expect(Object.keys(bridge).sort()).toEqual([...operationNames, 'onCommand'].sort());
    expect(Object.values(bridge).every((f) => typeof f === 'function')).toBe(true);
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('ipcRenderer');
  });

  it('sends each operation on its own channel', async () => {
    await bridge.getStory!({ id: 'x' });
    expect(ipcRenderer.invoked.at(-1)).toEqual({ channel: 'copydesk:getStory', input: { id: 'x' } });
  });

  it('passes on only known menu commands and unsubscribes', () => {
    const received: ShellCommand[] = [];
    const unsubscribe = bridge.onCommand((c) => received.push(c));
    ipcRenderer.emit(IPC_COMMAND_CHANNEL, {}, 'new-story');
    ipcRenderer.emit(IPC_COMMAND_CHANNEL, {}, 'rm -rf /');
    unsubscribe();
    ipcRenderer.emit(IPC_COMMAND_CHANNEL, {}, 'export');
    expect(received).toEqual(['new-story']);
  });
});
