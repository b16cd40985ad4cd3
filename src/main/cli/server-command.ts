import { addToken, listTokens, revokeToken, type TokenListing } from '../../server/newsroom-tokens';
import { PICTURE_GRACE_MS, startNewsroomServer } from '../../server/newsroom-server';
import { addSharedToken, listSharedTokens, revokeSharedToken } from '../../server/shared-tokens';
import { defineCommand, jsonOption, type CliOptions, type CommandArgs } from './cli-command';
import { EXIT, usageError, type CliIo, type ExitCode } from './cli-io';

const DEFAULT_PORT = 1234;
const DEFAULT_HOST = '127.0.0.1';

type ServerValues = CommandArgs<typeof SERVER_OPTIONS>['values'];

/** `copydesk server …`: run the newsroom's sync server, or manage its tokens. */
async function runServerCommand({ values, positionals }: CommandArgs<typeof SERVER_OPTIONS>, io: CliIo): Promise<ExitCode> {
  if (positionals.length === 0) {
    if (values.data === undefined || values.data === '') throw usageError('Say where the server keeps its data: --data DIR.', 'server');
    return serve(values.data, values, io);
  }
  const [topic, action, name, ...extra] = positionals;
  if (topic !== 'token' || extra.length > 0) {
    throw usageError('Run the server (copydesk server --data DIR) or manage its tokens: server token add NAME, token list, token revoke NAME.', 'server');
  }
  const tokens = tokenPlace(values);
  switch (action) {
    case 'add':
      if (name === undefined) throw usageError(`Name the token: copydesk server token add NAME ${tokens.where}.`, 'server');
      io.stdout(`${await tokens.add(name, new Date())}\n`);
      return EXIT.ok;
    case 'list': {
      if (name !== undefined) throw usageError('token list takes no name.', 'server');
      const listed = await tokens.list();
      if (values.json) io.stdout(`${JSON.stringify({ tokens: listed })}\n`);
      else if (listed.length === 0) io.stdout(`No tokens yet: copydesk server token add NAME ${tokens.where}\n`);
      else for (const token of listed) io.stdout(`${token.name}\t${token.createdAt}\n`);
      return EXIT.ok;
    }
    case 'revoke':
      if (name === undefined) throw usageError(`Name the token: copydesk server token revoke NAME ${tokens.where}.`, 'server');
      await tokens.revoke(name);
      io.stdout(values.json ? `${JSON.stringify({ revoked: name })}\n` : `Revoked ${name}.\n`);
      return EXIT.ok;
    default:
      throw usageError('The token actions are: add NAME, list, revoke NAME.', 'server');
  }
}

/** Where the tokens are: in PostgreSQL for a server that keeps its documents there, else in the data folder. */
function tokenPlace(values: ServerValues): {
  where: string;
  add(name: string, now: Date): Promise<string>;
  list(): Promise<TokenListing[]>;
  revoke(name: string): Promise<void>;
} {
  const { postgres, data } = values;
  if (postgres !== undefined) {
    return { where: '--postgres URL', add: (name, now) => addSharedToken(postgres, name, now), list: () => listSharedTokens(postgres), revoke: (name) => revokeSharedToken(postgres, name) };
  }
  if (data === undefined || data === '') {
    throw usageError('Say where the tokens are: --data DIR, or --postgres URL for a server that keeps its documents in PostgreSQL.', 'server');
  }
  return { where: `--data ${data}`, add: async (name, now) => addToken(data, name, now), list: async () => listTokens(data), revoke: async (name) => revokeToken(data, name) };
}

/** Runs the server until SIGINT or SIGTERM, then stops it cleanly. */
async function serve(dataDir: string, values: ServerValues, io: CliIo): Promise<ExitCode> {
  const { postgres, redis } = values;
  if (redis !== undefined && postgres === undefined) {
    throw usageError('--redis needs --postgres URL: instances behind a balancer must share one database for their documents and tokens.', 'server');
  }
  const common = {
    dataDir,
    port: portNumber(values.port),
    host: values.host,
    pictureGraceMs: graceMinutes(values['picture-grace']) * 60_000,
    log: (line: string) => io.stderr(`copydesk server: ${line}\n`),
  };
  const server = await startNewsroomServer(
    postgres === undefined ? common : { ...common, postgresUrl: postgres, ...(redis === undefined ? {} : { redisUrl: redis }) },
  );
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

function graceMinutes(text: string): number {
  const minutes = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || minutes > 10_080) throw usageError(`"${text}" is not a grace period: give minutes, 0–10080 (a week).`, 'server');
  return minutes;
}

const SERVER_OPTIONS = {
  data: { type: 'string', value: 'DIR', help: "the server's data folder (its SQLite database, newsroom.db, unless --postgres); made if missing" },
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
    help: 'keep the documents and the tokens in this PostgreSQL database (postgres://USER:PASSWORD@HOST/DB) instead of the data folder; the token commands then take --postgres URL instead of --data DIR',
  },
  redis: {
    type: 'string',
    value: 'URL',
    help: 'with --postgres, relay edits through this Redis (redis://HOST[:PORT][/DB]) to the other instances sharing the database, for several servers behind a balancer',
  },
  'picture-grace': {
    type: 'string',
    value: 'MINUTES',
    default: String(PICTURE_GRACE_MS / 60_000),
    help: `how long a picture no story uses any more stays on the desk before it is removed (default ${PICTURE_GRACE_MS / 60_000}; an undo within it keeps the picture)`,
  },
  json: jsonOption('for token list, { "tokens": [ { "name", "createdAt" } ] }'),
} as const satisfies CliOptions;

export const serverCommand = defineCommand({
  name: 'server',
  summary: "Run the newsroom's sync server, or add, list and revoke its editors' tokens",
  usage: [
    'server --data DIR [--port N] [--host H] [--picture-grace MINUTES] [--postgres URL [--redis URL]]',
    'server token add NAME (--data DIR | --postgres URL)',
    'server token list [--json] (--data DIR | --postgres URL)',
    'server token revoke NAME (--data DIR | --postgres URL)',
  ],
  arguments: [
    { name: 'token add NAME', help: 'prints a new token for NAME (letters, digits, . _ - @; up to 60) on one line; only its SHA-256 hash is kept, so copy it now' },
    { name: 'token list', help: 'the tokens’ names and when they were made (never the tokens)' },
    { name: 'token revoke NAME', help: 'every running server closes that token’s connections within a second and refuses it from then on' },
  ],
  options: SERVER_OPTIONS,
  notes: [
    'The server prints one line when it listens and runs until Ctrl+C (SIGINT) or SIGTERM; it stores',
    'every open document before it exits. Every editor needs a token: a client with none, an unknown',
    'one or a revoked one is refused. The token commands work while the server runs.',
    'With --postgres and --redis, several servers share one database and serve the same documents',
    'behind a load balancer; a token added or revoked with --postgres URL applies to all of them at once.',
    'See docs/newsroom-server.md.',
  ].join('\n'),
  run: runServerCommand,
});
