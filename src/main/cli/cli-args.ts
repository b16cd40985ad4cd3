import { parseArgs } from 'node:util';
import { GLOBAL_OPTIONS, jsonOption, type CliCommand, type CliOptions } from './cli-command';
import { usageError } from './cli-io';
import { usageLines } from './help-text';

/** What may come before the command name: the global options and --json. */
export const LEADING_OPTIONS = { ...GLOBAL_OPTIONS, json: jsonOption('') } satisfies CliOptions;

/**
 * Finds the command name, the first argument that is not an option or an
 * option's value, and returns the arguments without it, so that global
 * options parse the same before or after it. Only global options may come
 * before the name.
 */
export function splitCommand(argv: readonly string[]): { name: string | undefined; args: string[] } {
  const { tokens } = parseArgs({ args: argv, options: parserConfig(LEADING_OPTIONS), strict: false, allowPositionals: true, tokens: true });
  const first = tokens.find((token) => token.kind === 'positional');
  for (const token of tokens) {
    if (token === first) break;
    if (token.kind === 'option' && !Object.hasOwn(LEADING_OPTIONS, token.name)) {
      throw usageError(
        `'${token.rawName}' is not a global option: put it after the command (copydesk COMMAND ${token.rawName} …). The global options are --profile, --json, --help and --version.`,
      );
    }
  }
  if (first === undefined) return { name: undefined, args: [...argv] };
  return { name: first.value, args: argv.filter((_, index) => index !== first.index) };
}

/** What the parser needs of a command; without a name, copydesk itself with no command. */
type CommandGrammar = Pick<CliCommand, 'usage' | 'options' | 'arguments'> & { name?: string };

/**
 * Parses a command's arguments against its declared options (the global ones
 * included) with `util.parseArgs`, strictly; a refusal names the option and
 * gives the command's usage.
 */
export function parseCommandArgs(command: CommandGrammar, args: string[]) {
  const options: CliOptions = { ...command.options, ...GLOBAL_OPTIONS };
  const allowPositionals = command.arguments !== undefined;
  const refuse = (message: string) => usageError(`${message}\n${usageLines(command)}`, command.name);
  const invoked = command.name === undefined ? 'copydesk' : `copydesk ${command.name}`;
  const { tokens } = parseArgs({ args, options: parserConfig(options), strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional' && !allowPositionals) {
      throw refuse(`Unexpected argument '${token.value}': ${invoked} takes options only.`);
    }
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(options, token.name) ? options[token.name]! : undefined;
    if (option === undefined) throw refuse(`Unknown option '${token.rawName}' for ${invoked}.`);
    if (option.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
      throw refuse(`The option '${token.rawName}' needs a value: ${token.rawName} ${option.value ?? 'VALUE'}.`);
    }
    if (option.type === 'boolean' && token.value !== undefined) {
      throw refuse(`The option '${token.rawName}' takes no value (got '${token.value}').`);
    }
  }
  try {
    return parseArgs({ args, options: parserConfig(options), strict: true, allowPositionals });
  } catch (error) {
    throw refuse((error as Error).message);
  }
}

/** The declaration without its help fields, as `util.parseArgs` takes it. */
function parserConfig(options: CliOptions) {
  return Object.fromEntries(
    Object.entries(options).map(([name, { type, short, multiple, default: fallback }]) => [
      name,
      { type, ...(short === undefined ? {} : { short }), ...(multiple === undefined ? {} : { multiple }), ...(fallback === undefined ? {} : { default: fallback }) },
    ]),
  );
}
