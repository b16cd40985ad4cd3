import { EXIT, type ExitCode } from '../api/error-report';

export { EXIT, type ExitCode };

/** Where a command writes and what it reads from its surroundings; tests pass their own. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
};

/** A refusal with its exit code; the message names the problem and the fix. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function usageError(message: string, command?: string): CliError {
  const help = command === undefined ? 'copydesk --help' : `copydesk ${command} --help`;
  return new CliError(EXIT.usage, `${message}\nRun "${help}" for the options.`);
}
