import { startAnnounced, type AnnouncedProcess } from './announced-process';

export type RunningPreview = AnnouncedProcess;

/**
 * The preview exactly as a reviewer runs it (src/preview/server.ts in its own
 * process), on a free port; resolves with the URL it prints.
 */
export function startPreview(profileDir: string): Promise<RunningPreview> {
  return startAnnounced(['--import', 'tsx', 'src/preview/server.ts', '--profile', profileDir, '--port', '0'], {
    name: 'The preview',
    line: /^Copydesk preview: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/,
  });
}
