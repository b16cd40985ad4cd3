import { version } from '../../../package.json';
import { errorReport } from '../api/error-report';
import { LEADING_OPTIONS, parseCommandArgs, splitCommand } from './cli-args';
import type { CliCommand } from './cli-command';
import { CliError, EXIT, usageError, type CliIo, type ExitCode } from './cli-io';
import { COMMANDS } from './commands';
import { commandHelp, HELP_SUMMARY, mainHelp } from './help-text';

/** `copydesk --version`: the version in package.json, which the build bundles. */
const VERSION_TEXT = `copydesk ${version}\n`;

/** `copydesk help [COMMAND]`, parsed like the others. */
const HELP_COMMAND = {
  name: 'help',
  usage: ['help [COMMAND]'],
  arguments: [{ name: 'COMMAND', help: HELP_SUMMARY }],
  options: {},
};

/**
 * The `copydesk` command line, run in-process: returns the exit code
 * (0 ok, 1 findings, 2 usage, 3 data) and never throws; every refusal is
 * one message on stderr.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const refusal = asCliError(error);
    io.stderr(`copydesk: ${refusal.message}\n`);
    return refusal.exitCode;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { name, args } = splitCommand(argv);
  if (name === undefined) {
    const { values } = parseCommandArgs({ usage: ['[global options] COMMAND [options]'], options: LEADING_OPTIONS }, args);
    if (values.version) return printed(io, VERSION_TEXT);
    io.stdout(mainHelp(COMMANDS));
    return values.help ? EXIT.ok : EXIT.usage;
  }
  if (name === 'help') {
    const { values, positionals } = parseCommandArgs(HELP_COMMAND, args);
    if (values.version) return printed(io, VERSION_TEXT);
    const [topic, ...extra] = positionals;
    if (extra.length > 0) throw usageError('Name one command, e.g. copydesk help export.');
    return printed(io, topic === undefined ? mainHelp(COMMANDS) : commandHelp(commandNamed(topic)));
  }
  const command = commandNamed(name);
  const parsed = parseCommandArgs(command, args);
  if (parsed.values.help) return printed(io, commandHelp(command));
  if (parsed.values.version) return printed(io, VERSION_TEXT);
  return command.run(parsed, io);
}

function printed(io: CliIo, text: string): ExitCode {
  io.stdout(text);
  return EXIT.ok;
}

function commandNamed(name: string): CliCommand {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    throw usageError(`Unknown command "${name}". The commands are: ${[...COMMANDS.map((c) => c.name), 'help'].join(', ')}.`);
  }
  return command;
}

function asCliError(error: unknown): CliError {
  if (error instanceof CliError) return error;
  const report = errorReport(error, 'cli');
  return new CliError(report.exitCode, report.error.message);
}
