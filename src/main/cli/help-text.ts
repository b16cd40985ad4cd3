import { PROFILE_ENV } from '../profile/profile-dir';
import { GLOBAL_OPTIONS, type CliCommand, type CliOption } from './cli-command';

/** Help lines wrap here. */
const WIDTH = 100;

export const HELP_SUMMARY = "This text, or one command's: copydesk help export";

/** `copydesk --help`: every command one a line, then the global options and the exit codes. */
export function mainHelp(commands: readonly CliCommand[]): string {
  const commandRows = [...commands.map((command): Row => [command.name, command.summary]), ['help', HELP_SUMMARY] as Row];
  const withJson = commands.filter((command) => command.options.json !== undefined).map((command) => command.name);
  return `copydesk: the Copydesk library from the command line

usage: copydesk [global options] COMMAND [options]

Commands:
${rows(commandRows, columnWidth(commandRows, 8))}
Global options (before or after the command):
${rows([
  optionRow('profile', GLOBAL_OPTIONS.profile),
  ['--json', `machine-readable output on stdout (${withJson.join(', ')})`],
  ['--help, -h', "this text; after a command, that command's help"],
  optionRow('version', GLOBAL_OPTIONS.version),
])}
Every command reads the same profile as the app: --profile DIR, else $${PROFILE_ENV}, else the
app's own folder. Every command is safe to run while the app is open; backup restore and init
on a profile the app or the preview has open are refused.

Exit status:
  0  success
  1  findings: copydesk check found house-style errors or a story not ready to publish
  2  usage error: an unknown command or option, a missing value; nothing was changed
  3  data or database error: no profile, a story not found, a database from a newer Copydesk,
     a damaged or busy database, a missing image file, a file or folder that cannot be read or written
Messages go to stderr and say what went wrong and what to do about it.
`;
}

/** `copydesk COMMAND --help`: the usage, the arguments and options as declared, then the notes. */
export function commandHelp(command: CliCommand): string {
  const argumentRows = (command.arguments ?? []).map((a): Row => [a.name, a.help]);
  const optionRows = Object.entries(command.options).map(([name, option]) => optionRow(name, option));
  const globalRows = Object.entries(GLOBAL_OPTIONS).map(([name, option]) => optionRow(name, option));
  const width = columnWidth([...argumentRows, ...optionRows, ...globalRows]);
  const parts = [`copydesk ${command.name}: ${command.summary}`, usageLines(command)];
  if (argumentRows.length > 0) parts.push(`Arguments:\n${rows(argumentRows, width)}`);
  if (optionRows.length > 0) parts.push(`Options:\n${rows(optionRows, width)}`);
  parts.push(`Global options (also before the command):\n${rows(globalRows, width)}`);
  if (command.notes !== undefined) parts.push(command.notes);
  return `${parts.map((part) => part.trimEnd()).join('\n\n')}\n`;
}

/** The command's synopsis, `usage: copydesk …` on the first line. */
export function usageLines(command: Pick<CliCommand, 'usage'>): string {
  return command.usage.map((line, i) => `${i === 0 ? 'usage:' : '      '} copydesk ${line}`).join('\n');
}

type Row = [term: string, text: string];

function optionRow(name: string, option: CliOption): Row {
  const value = option.value === undefined ? '' : ` ${option.value}`;
  const short = option.short === undefined ? '' : `, -${option.short}${value}`;
  return [`--${name}${value}${short}`, option.help];
}

function columnWidth(entries: Row[], least = 14): number {
  return Math.max(least, ...entries.map(([term]) => term.length));
}

/** Two columns, the term indented by two, the text wrapped under itself. */
function rows(entries: Row[], width = columnWidth(entries)): string {
  const indent = 2 + width + 2;
  return entries.map(([term, text]) => `  ${term.padEnd(width)}  ${wrap(text, WIDTH - indent).join(`\n${' '.repeat(indent)}`)}\n`).join('');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
}
