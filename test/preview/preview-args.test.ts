import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePreviewArgs, UsageError } from '../../src/preview/preview-args';

describe('the preview command line', () => {
  it('takes the profile and port from flags', () => {
    expect(parsePreviewArgs(['--profile', '/tmp/cd', '--port', '5174'], {})).toEqual({
      help: false,
      profileDir: resolve('/tmp/cd'),
      port: 5174,
    });
    expect(parsePreviewArgs(['--profile=/tmp/cd', '--port=0'], {})).toMatchObject({ profileDir: resolve('/tmp/cd'), port: 0 });
  });

  it('falls back to COPYDESK_PROFILE and a free port', () => {
    expect(parsePreviewArgs([], { COPYDESK_PROFILE: '/tmp/from-env' })).toEqual({
      help: false,
      profileDir: resolve('/tmp/from-env'),
      port: 0,
    });
  });

  it.each([['--port', 'abc'], ['--port', '70000'], ['--port'], ['--profile'], ['--verbose']])(
    'calls %s %s a usage error',
    (...argv) => {
      expect(() => parsePreviewArgs(argv, {})).toThrow(UsageError);
    },
  );
});
