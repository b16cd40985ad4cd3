import { ApiError } from '../../shared/api/api-error';
import { SettingsError } from '../settings/load-settings';
import { CliError, EXIT, usageError, type CliIo, type ExitCode } from './cli-io';
import { backupCommand } from './backup-command';
import { checkCommand } from './check-command';
import { exportCommand } from './export-command';
import { BACKUP_HELP, CHECK_HELP, EXPORT_HELP, IMPORT_HELP, LIST_HELP, MAIN_HELP } from './help-text';
import { importCommand } from './import-command';
import { INIT_HELP, initCommand } from './init-command';
import { listCommand } from './list-command';

const commands: Record<string, (args: string[], io: CliIo) => Promise<ExitCode>> = {
  list: listCommand,
  export: exportCommand,
  import: importCommand,
  check: checkCommand,
  backup: backupCommand,
  init: initCommand,
};

const commandHelp: Record<string, string> = { list: LIST_HELP, export: EXPORT_HELP, import: IMPORT_HELP, check: CHECK_HELP, backup: BACKUP_HELP, init: INIT_HELP };

/**
 * The `copydesk` command line, run in-process: returns the exit code
 * (DESIGN §7) and never throws; every refusal is one message on stderr.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    return await dispatch([...argv], io);
  } catch (error) {
    const refusal = asCliError(error);
    io.stderr(`copydesk: ${refusal.message}\n`);
    return refusal.exitCode;
  }
}

async function dispatch(argv: string[], io: CliIo): Promise<ExitCode> {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    io.stdout(MAIN_HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === 'help') {
    const topic = args[0];
    if (topic !== undefined && !Object.hasOwn(commandHelp, topic)) throw unknownCommand(topic);
    io.stdout(topic === undefined ? MAIN_HELP : commandHelp[topic]!);
    return EXIT.ok;
  }
  if (!Object.hasOwn(commands, command)) throw unknownCommand(command);
  return commands[command]!(args, io);
}

function unknownCommand(command: string): CliError {
  return usageError(`Unknown command "${command}". The commands are: ${Object.keys(commands).join(', ')}, help.`);
}

function asCliError(error: unknown): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof ApiError || error instanceof SettingsError) return new CliError(EXIT.data, error.message);
  const code = (error as { code?: unknown })?.code;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code === 'SQLITE_BUSY_SNAPSHOT') {
    return new CliError(
      EXIT.data,
      `The database is busy: Copydesk (or another copydesk command) has held it for longer than 5 seconds (${detail}). Run the command again in a moment.`,
    );
  }
  if (typeof code === 'string' && (code.startsWith('SQLITE_') || code.startsWith('E'))) {
    return new CliError(EXIT.data, `${detail}. Check that the profile and output folders exist, are writable and have free space.`);
  }
  return new CliError(EXIT.data, `Something went wrong: ${detail}. Please report it.`);
}
