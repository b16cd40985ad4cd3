/**
 * A small stand-in for the `electron` module (the real one cannot load on our
 * machines). It records what the glue registers so tests can drive it.
 */
type Listener = (...args: unknown[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  removeListener(event: string, listener: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
}

export const shell = {
  opened: [] as string[],
  openExternal(url: string): Promise<void> {
    shell.opened.push(url);
    return Promise.resolve();
  },
};

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, handler: Listener): void {
    ipcMain.handlers.set(channel, handler);
  },
};

export const ipcRenderer = Object.assign(new FakeEmitter(), {
  invoked: [] as Array<{ channel: string; input: unknown }>,
  invoke(channel: string, input: unknown): Promise<unknown> {
    ipcRenderer.invoked.push({ channel, input });
    return Promise.resolve({ ok: true, value: channel });
  },
});

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    contextBridge.exposed.set(key, api);
  },
};

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    protocol.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    protocol.handlers.set(scheme, handler);
  },
};

export const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
};

export class BrowserWindow extends FakeEmitter {
  readonly webContents = new FakeWebContents();
  constructor(readonly options: Record<string, unknown>) {
    super();
  }
  loadURL(): Promise<void> {
    return Promise.resolve();
  }
}

export const app = new FakeEmitter();
export const session = {};
export class ClipboardItem {
  constructor(readonly items: Record<string, string>) {}
}

export const clipboard = {
  /** One entry per write: its items' flavours. */
  written: [] as Array<Array<Record<string, string>>>,
  write(data: ClipboardItem[]): Promise<void> {
    clipboard.written.push(data.map((item) => item.items));
    return Promise.resolve();
  },
};

/** Each dialog answers with the next queued reply (or as if cancelled), recording what it was asked. */
export const dialog = {
  asked: [] as Array<{ kind: 'save' | 'open'; parent: unknown; options: Record<string, unknown> }>,
  saveReplies: [] as Array<{ canceled: boolean; filePath?: string }>,
  openReplies: [] as Array<{ canceled: boolean; filePaths: string[] }>,
  showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> {
    dialog.asked.push({ kind: 'save', parent: args.length > 1 ? args[0] : null, options: args.at(-1) as Record<string, unknown> });
    return Promise.resolve(dialog.saveReplies.shift() ?? { canceled: true });
  },
  showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    dialog.asked.push({ kind: 'open', parent: args.length > 1 ? args[0] : null, options: args.at(-1) as Record<string, unknown> });
    return Promise.resolve(dialog.openReplies.shift() ?? { canceled: true, filePaths: [] });
  },
};
export const Menu = {};

export function resetElectronDouble(): void {
  shell.opened.length = 0;
  ipcMain.handlers.clear();
  ipcRenderer.invoked.length = 0;
  ipcRenderer.listeners.clear();
  contextBridge.exposed.clear();
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  clipboard.written.length = 0;
  dialog.asked.length = 0;
  dialog.saveReplies.length = 0;
  dialog.openReplies.length = 0;
}
