import { beforeEach, describe, expect, it } from 'vitest';
import type { WebContents } from 'electron';
import { guardWebContents } from '../../../src/main/electron/app-window';
import { APP_ORIGIN } from '../../../src/main/electron/app-origin';
import { FakeWebContents, resetElectronDouble, shell } from '../../doubles/electron';

function navigate(contents: FakeWebContents, event: string, url: string): boolean {
  let prevented = false;
  contents.emit(event, { preventDefault: () => (prevented = true) }, url);
  return prevented;
}

describe('web contents guard', () => {
  let contents: FakeWebContents;
  beforeEach(() => {
    resetElectronDouble();
    contents = new FakeWebContents();
    guardWebContents(contents as unknown as WebContents, [APP_ORIGIN]);
  });

  it('lets the app move between its own pages', () => {
    expect(navigate(contents, 'will-navigate', 'copydesk://app/index.html#/story/1')).toBe(false);
    expect(shell.opened).toEqual([]);
  });

  it('keeps the window on the app and sends web links to the system browser', () => {
    expect(navigate(contents, 'will-navigate', 'https://www.nhs.uk/')).toBe(true);
    expect(shell.opened).toEqual(['https://www.nhs.uk/']);
  });

  it('drops dangerous links without opening them', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x']) {
      expect(navigate(contents, 'will-navigate', url)).toBe(true);
    }
    expect(shell.opened).toEqual([]);
  });

  it('refuses redirects away from the app', () => {
    expect(navigate(contents, 'will-redirect', 'https://evil.example/')).toBe(true);
  });

  it('never opens a new window', () => {
    expect(contents.windowOpenHandler!({ url: 'https://example.org/story' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(shell.opened).toEqual(['https://example.org/story']);
  });

  it('refuses webviews', () => {
    expect(navigate(contents, 'will-attach-webview', '')).toBe(true);
  });
});
