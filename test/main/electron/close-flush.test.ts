import type { BrowserWindow as ElectronWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import { CLOSE_ANSWER_MS, holdCloseUntilSaved } from '../../../src/main/electron/app-window';
import { IPC_COMMAND_CHANNEL } from '../../../src/shared/api/contract';
import { BrowserWindow } from '../../doubles/electron';

/** A close attempt as Electron delivers it: the window closes unless a listener prevents it. */
function tryToClose(window: BrowserWindow): boolean {
  let prevented = false;
  window.emit('close', { preventDefault: () => (prevented = true) });
  return !prevented;
}

function setUp() {
  const clock = { ms: 1_000_000 };
  const window = new BrowserWindow({});
  holdCloseUntilSaved(window as unknown as ElectronWindow, () => clock.ms);
  const commands = () => window.webContents.sent.filter((m) => m.channel === IPC_COMMAND_CHANNEL).map((m) => m.args[0]);
  return { window, clock, commands };
}

describe('closing the window saves first', () => {
  it('holds the first close and asks the page to save and close', () => {
    const { window, commands } = setUp();
    expect(tryToClose(window)).toBe(false);
    expect(commands()).toEqual(['flush-and-close']);
  });

  it('lets the page’s own close (after saving) go through', () => {
    const { window, clock, commands } = setUp();
    tryToClose(window);
    clock.ms += 300;
    expect(tryToClose(window)).toBe(true);
    expect(commands()).toEqual(['flush-and-close']);
  });

  it('asks again once the answer window has passed (the person chose to stay)', () => {
    const { window, clock, commands } = setUp();
    tryToClose(window);
    clock.ms += CLOSE_ANSWER_MS + 1;
    expect(tryToClose(window)).toBe(false);
    expect(commands()).toEqual(['flush-and-close', 'flush-and-close']);
  });

  it('does not wait for a page that has crashed', () => {
    const { window, commands } = setUp();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(tryToClose(window)).toBe(true);
    expect(commands()).toEqual([]);
  });
});
