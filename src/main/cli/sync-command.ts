import type { ApiOutput } from '../../shared/api/contract';
import { defineCommand, jsonOption, type CliOptions, type CommandArgs } from './cli-command';
import { withOperations } from './cli-profile';
import { EXIT, usageError, type CliIo, type ExitCode } from './cli-io';

/** `copydesk sync join URL --token TOKEN | now | status | name NAME | leave`: the profile and the desk's sync server. */
async function runSyncCommand({ values, positionals }: CommandArgs<typeof SYNC_OPTIONS>, io: CliIo): Promise<ExitCode> {
  // join takes the desk's address, name the editor's new name.
  const [action, given, ...extra] = positionals;
  if (action === 'join' || action === 'name' ? given === undefined || extra.length > 0 : given !== undefined) {
    throw usageError('Say what to do: sync join URL --token TOKEN, sync now, sync status, sync name NAME or sync leave.', 'sync');
  }
  if (action !== 'join' && values.token !== undefined) throw usageError('--token goes with sync join URL only; the profile keeps the token it joined with.', 'sync');
  if (action !== 'join' && values.name !== undefined) throw usageError('--name goes with sync join URL only.', 'sync');
  const timeoutSeconds = seconds(values.timeout);
  const print = (value: object, text: string) => io.stdout(values.json ? `${JSON.stringify(value)}\n` : text);
  return withOperations(values.profile, io.env, async (operations) => {
    switch (action) {
      case 'join': {
        if (values.token === undefined || values.token === '') throw usageError('Give the token the desk gave you: --token TOKEN.', 'sync');
        const joined = await operations.call('joinDesk', { serverUrl: given!, token: values.token, timeoutSeconds, ...(values.name === undefined ? {} : { editorName: values.name }) });
        const stories = `${joined.storyCount} ${joined.storyCount === 1 ? 'story' : 'stories'}`;
        print(
          joined,
          joined.synced
            ? `Joined the desk at ${joined.serverUrl}; ${stories} in sync.\n`
            : `Joined the desk at ${joined.serverUrl}, but the server stopped answering: ${joined.waiting.waiting} changes wait and go up with copydesk sync now.\n`,
        );
        return EXIT.ok;
      }
      case 'now': {
        const synced = await operations.call('syncDeskNow', { timeoutSeconds });
        print(synced, `In sync with the desk at ${synced.serverUrl}: ${synced.storyCount} ${synced.storyCount === 1 ? 'story' : 'stories'}.\n`);
        return EXIT.ok;
      }
      case 'status': {
        const status = await operations.call('getDeskStatus', {});
        print(status, statusText(status));
        return EXIT.ok;
      }
      case 'name': {
        const renamed = await operations.call('renameDeskEditor', { editorName: given! });
        print(renamed, `Your name on the desk is now ${renamed.editorName}: the changes you make from now on go out under it.\n`);
        return EXIT.ok;
      }
      case 'leave': {
        const { left } = await operations.call('leaveDesk', {});
        print({ left }, left ? 'Left the desk; the stories stay in this profile.\n' : 'This profile had not joined a desk.\n');
        return EXIT.ok;
      }
      default:
        throw usageError(`Unknown sync action "${action ?? ''}". The actions are: join URL, now, status, name NAME, leave.`, 'sync');
    }
  });
}

function statusText(status: ApiOutput<'getDeskStatus'>): string {
  if (!status.joined) return 'Not joined to a desk (copydesk sync join URL --token TOKEN).\n';
  const lines = [
    `Desk: ${status.serverUrl}`,
    `Your name on the desk: ${status.editorName ?? 'none given'}`,
    `Last synced: ${status.lastSyncedAt ?? 'never'}`,
    `Changes waiting: ${status.waiting.waiting}`,
    ...status.waiting.stories.map((story) => `  ${story.storyId}\t${story.waiting}`),
    ...(status.waiting.authors > 0 ? [`  authors\t${status.waiting.authors}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}

function seconds(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > 3600) throw usageError(`"${text}" is not a timeout: give whole seconds, 1–3600.`, 'sync');
  return value;
}

const SYNC_OPTIONS = {
  token: { type: 'string', value: 'TOKEN', help: 'for join: the token the desk gave you (copydesk server token add NAME prints it; one starting with - goes as --token=TOKEN); kept in the profile, never printed' },
  name: { type: 'string', value: 'NAME', help: 'for join: your name as the other editors see it beside the changes you make (without it: "Another editor")' },
  timeout: { type: 'string', value: 'S', default: '10', help: 'give up after S seconds without the server (default 10); the changes then wait in the profile' },
  json: jsonOption('what was done; for status { "joined", "serverUrl", "joinedAt", "lastSyncedAt", "editorName", "waiting": { "waiting", "stories", "authors" } }'),
} as const satisfies CliOptions;

export const syncCommand = defineCommand({
  name: 'sync',
  summary: "Join the profile to the desk's sync server and sync its stories",
  usage: ['sync join URL --token TOKEN [--name NAME] [--timeout S] [--json] [--profile DIR]', 'sync now|status|leave [--timeout S] [--json] [--profile DIR]', 'sync name NAME [--json] [--profile DIR]'],
  arguments: [
    { name: 'join URL', help: 'join the desk at URL (ws:// or wss://): the token is checked first, then every story goes up' },
    { name: 'now', help: 'pull and push every story, exit 0 once the profile and the desk agree' },
    { name: 'status', help: 'the desk joined (never the token), when it last synced, and the changes waiting to go up' },
    { name: 'name NAME', help: 'change your name on the desk, for the changes you make from now on (quote a name with spaces)' },
    { name: 'leave', help: 'forget the desk and the token; the stories stay in the profile' },
  ],
  options: SYNC_OPTIONS,
  notes: 'Edits made while the server cannot be reached wait in the profile and go up at the next sync. See docs/newsroom.md.',
  run: runSyncCommand,
});
