import type { parseArgs } from 'node:util';
import { PROFILE_ENV } from '../profile/profile-dir';
import type { CliIo, ExitCode } from './cli-io';

/** One option as `util.parseArgs` takes it, plus what its help line says. */
export type CliOption = {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string | boolean | string[];
  /** The value's name in the help, e.g. DIR; string options only. */
  value?: string;
  help: string;
};

export type CliOptions = Record<string, CliOption>;

/** A positional argument's line in the help, e.g. `ID|SLUG ...`. */
export type CliArgument = { name: string; help: string };

/** Options every command takes, before or after its name. */
export const GLOBAL_OPTIONS = {
  profile: {
    type: 'string',
    value: 'DIR',
    help: `the profile folder (default: $${PROFILE_ENV}, else the folder the app uses)`,
  },
  help: { type: 'boolean', short: 'h', default: false, help: 'this help' },
  version: { type: 'boolean', short: 'v', default: false, help: 'the version of copydesk' },
} as const satisfies CliOptions;

/** `--json` for a command that has a machine-readable form; `shape` describes what it prints. */
export function jsonOption(shape: string) {
  return { type: 'boolean', default: false, help: `one JSON object on stdout: ${shape}` } as const satisfies CliOption;
}

/** What a command's run gets: its options' values, typed from its declaration, and its arguments. */
export type CommandArgs<O extends CliOptions> = ReturnType<
  typeof parseArgs<{ options: O & typeof GLOBAL_OPTIONS; strict: true; allowPositionals: true }>
>;

type CommandSpec<O extends CliOptions> = {
  /** What is typed after `copydesk`. */
  name: string;
  /** One line for the list of commands, starting with a capital. */
  summary: string;
  /** The synopsis lines, each after `usage: copydesk `. */
  usage: string[];
  /** The positional arguments; a command without any refuses them. */
  arguments?: CliArgument[];
  options: O;
  /** The rest of the help, below the options. */
  notes?: string;
  run: (parsed: CommandArgs<O>, io: CliIo) => Promise<ExitCode>;
};

/** A command as the table holds it: its declaration and how to run it on parsed arguments. */
export type CliCommand = Omit<CommandSpec<CliOptions>, 'run'> & {
  run: (parsed: { values: Record<string, unknown>; positionals: string[] }, io: CliIo) => Promise<ExitCode>;
};

/**
 * Declares a command once: the parser, the help and the run all read this.
 * The table forgets the options' types; parseCommandArgs parses with the
 * same declaration, so run still gets the values it was typed for.
 */
export function defineCommand<const O extends CliOptions>(spec: CommandSpec<O>): CliCommand {
  return spec as unknown as CliCommand;
}
