import { addToken, listTokens, revokeToken } from '../../server/newsroom-tokens';
import { startNewsroomServer } from '../../server/newsroom-server';
import { defineCommand, jsonOption, type CliOptions, type CommandArgs } from './cli-command';
import { EXIT, usageError, type CliIo, type ExitCode } from './cli-io';

const DEFAULT_PORT = 1234;
const DEFAULT_HOST = '127.0.0.1';

/** `copydesk server …`: run the newsroom's sync server, or manage its tokens. */
async function runServerCommand({ values, positionals }: CommandArgs<typeof SERVER_OPTIONS>, io: CliIo): Promise<ExitCode> {
  const dataDir = values.data;
  if (dataDir === undefined || dataDir === '') throw usageError('Say where the server keeps its data: --data DIR.', 'server');
  if (positionals.length === 0) return serve(dataDir, values, io);
  const [topic, action, name, ...extra] = positionals;
  if (topic !== 'token' || extra.length > 0) {
    throw usageError('Run the server (copydesk server --data DIR) or manage its tokens: server token add NAME, token list, token revoke NAME.', 'server');
  }
  switch (action) {
    case 'add':
      if (name === undefined) throw usageError('Name the token: copydesk server token add NAME --data DIR.', 'server');
      io.stdout(`${addToken(dataDir, name, new Date())}\n`);
      return EXIT.ok;
    case 'list': {
      if (name !== undefined) throw usageError('token list takes no name.', 'server');
      const tokens = listTokens(dataDir);
      if (values.json) io.stdout(`${JSON.stringify({ tokens })}\n`);
      else if (tokens.length === 0) io.stdout(`No tokens yet: copydesk server token add NAME --data ${dataDir}\n`);
      else for (const token of tokens) io.stdout(`${token.name}\t${token.createdAt}\n`);
      return EXIT.ok;
    }
    case 'revoke':
      if (name === undefined) throw usageError('Name the token: copydesk server token revoke NAME --data DIR.', 'server');
      revokeToken(dataDir, name);
      io.stdout(values.json ? `${JSON.stringify({ revoked: name })}\n` : `Revoked ${name}.\n`);
      return EXIT.ok;
    default:
      throw usageError('The token actions are: add NAME, list, revoke NAME.', 'server');
  }
}

/** Runs the server until SIGINT or SIGTERM, then stops it cleanly. */
async function serve(dataDir: string, values: CommandArgs<typeof SERVER_OPTIONS>['values'], io: CliIo): Promise<ExitCode> {
  const server = await startNewsroomServer({
    dataDir,
    port: portNumber(values.port),
    host: values.host,
    ...(values.postgres === undefined ? {} : { postgresUrl: values.postgres }),
    log: (line) => io.stderr(`copydesk server: ${line}\n`),
  });
  io.stdout(`Copydesk newsroom server: ${server.url} (data ${dataDir})\n`);
  const failure = await Promise.race([
    new Promise<undefined>((resolve) => {
      process.once('SIGINT', () => resolve(undefined));
      process.once('SIGTERM', () => resolve(undefined));
    }),
    server.failed,
  ]);
  // The server has stopped by itself; the message says why, and the exit code is 3.
  if (failure !== undefined) throw failure;
  await server.stop();
  io.stderr('copydesk server: stopped; every document is stored.\n');
  return EXIT.ok;
}

function portNumber(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw usageError(`"${text}" is not a port number: give 0–65535 (0 picks a free one).`, 'server');
  return port;
}

const SERVER_OPTIONS = {
  data: { type: 'string', value: 'DIR', help: "the server's data folder (its SQLite database, newsroom.db); made if missing" },
  port: { type: 'string', value: 'N', default: String(DEFAULT_PORT), help: `the port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)` },
  host: {
    type: 'string',
    value: 'H',
    default: DEFAULT_HOST,
    help: `the address to listen on (default ${DEFAULT_HOST}, this machine only); --host 0.0.0.0 exposes it to the network, so put TLS in front (a reverse proxy serving wss://)`,
  },
  postgres: {
    type: 'string',
    value: 'URL',
    help: 'keep the documents in this PostgreSQL database (postgres://USER:PASSWORD@HOST/DB) instead of the data folder; the tokens stay in the data folder',
  },
  json: jsonOption('for token list, { "tokens": [ { "name", "createdAt" } ] }'),
} as const satisfies CliOptions;

export const serverCommand = defineCommand({
  name: 'server',
  summary: "Run the newsroom's sync server, or add, list and revoke its editors' tokens",
  usage: ['server --data DIR [--port N] [--host H] [--postgres URL]', 'server token add NAME --data DIR', 'server token list [--json] --data DIR', 'server token revoke NAME --data DIR'],
  arguments: [
    { name: 'token add NAME', help: 'prints a new token for NAME (letters, digits, . _ - @; up to 60) on one line; only its SHA-256 hash is kept, so copy it now' },
    { name: 'token list', help: 'the tokens’ names and when they were made (never the tokens)' },
    { name: 'token revoke NAME', help: 'a running server closes that token’s connections within a second and refuses it from then on' },
  ],
  options: SERVER_OPTIONS,
  notes: [
    'The server prints one line when it listens and runs until Ctrl+C (SIGINT) or SIGTERM; it stores',
    'every open document before it exits. Every editor needs a token: a client with none, an unknown',
    'one or a revoked one is refused. The token commands work while the server runs.',
    'See docs/newsroom-server.md.',
  ].join('\n'),
  run: runServerCommand,
});
