import { describe, expect, it } from 'vitest';
import { defaultProfileDir, resolveProfileDir } from '../../../src/main/profile/profile-dir';

describe('profile folder', () => {
  it('matches Electron userData for Copydesk on each platform', () => {
    expect(defaultProfileDir('linux', {}, '/home/jo')).toBe('/home/jo/.config/Copydesk');
    expect(defaultProfileDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/jo')).toBe('/xdg/Copydesk');
    expect(defaultProfileDir('darwin', {}, '/Users/jo')).toBe('/Users/jo/Library/Application Support/Copydesk');
    expect(defaultProfileDir('win32', { APPDATA: 'C:\\Users\\jo\\AppData\\Roaming' }, 'C:\\Users\\jo')).toMatch(/Roaming.Copydesk$/);
  });

  it('takes --profile first, then COPYDESK_PROFILE', () => {
    expect(resolveProfileDir(['node', 'x', '--profile', '/tmp/p1'], { COPYDESK_PROFILE: '/tmp/p2' })).toBe('/tmp/p1');
    expect(resolveProfileDir(['node', 'x', '--profile=/tmp/p3'], {})).toBe('/tmp/p3');
    expect(resolveProfileDir(['node', 'x'], { COPYDESK_PROFILE: '/tmp/p2' })).toBe('/tmp/p2');
  });

  it('says what is missing when --profile has no folder', () => {
    expect(() => resolveProfileDir(['node', 'x', '--profile'], {})).toThrow('--profile needs a folder');
  });
});
