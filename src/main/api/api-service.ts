import { ZodError } from 'zod';
import { ApiError, type ApiResult } from '../../shared/api/api-error';
import {
  operations,
  type ApiOutput,
  type ApiParsedInput,
  type OperationName,
} from '../../shared/api/contract';
import type { Settings } from '../../shared/settings/settings-schema';
import type { Store } from '../store/store';

export type ApiContext = {
  store: Store;
  settings: Settings;
  appVersion: string;
  profileDir: string;
  settingsFile: string;
};

type Handlers = { [N in OperationName]: (input: ApiParsedInput<N>) => ApiOutput<N> | Promise<ApiOutput<N>> };

function requireKnownSection(settings: Settings, section: string | undefined): void {
  if (section === undefined) return;
  if (!settings.sections.some((s) => s.name === section)) {
    const known = settings.sections.map((s) => s.name).join(', ');
    throw new ApiError('invalid_input', `Unknown section "${section}". The sections are: ${known}.`, 'section');
  }
}

function createHandlers(ctx: ApiContext): Handlers {
  const { store, settings } = ctx;
  return {
    getAppInfo: () => ({
      appVersion: ctx.appVersion,
      profileDir: ctx.profileDir,
      databaseFile: store.file,
      settingsFile: ctx.settingsFile,
      schemaVersion: store.schemaVersion,
    }),
    getSettings: () => settings,
    listStories: (input) => store.listStories(input),
    getStory: ({ id }) => store.getStory(id),
    createStory: (input) => {
      requireKnownSection(settings, input.section);
      return store.createStory({ ...input, section: input.section ?? settings.sections[0]!.name });
    },
    saveStory: ({ id, baseRevision, changes }) => {
      requireKnownSection(settings, changes.section);
      return store.saveStory(id, baseRevision, changes);
    },
    duplicateStory: ({ id }) => store.duplicateStory(id),
    archiveStory: ({ id }) => store.setArchived(id, true),
    unarchiveStory: ({ id }) => store.setArchived(id, false),
    trashStory: ({ id }) => store.setTrashed(id, true),
    restoreStory: ({ id }) => store.setTrashed(id, false),
    deleteStoryForever: ({ id }) => store.deleteStoryForever(id),
    listAuthors: ({ query }) => store.listAuthors(query),
    createAuthor: (fields) => store.createAuthor(fields),
  };
}

function describeZodError(error: ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  const where = field === '' ? '' : `${field}: `;
  return new ApiError('invalid_input', `${where}${issue?.message ?? 'invalid input'}`, field || undefined);
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) return describeZodError(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (/SQLITE_(FULL|READONLY|IOERR|CORRUPT|NOTADB|CANTOPEN)/.test((error as { code?: string })?.code ?? '')) {
    return new ApiError('database', `The database could not be written: ${detail}. Your text is kept in the editor.`);
  }
  return new ApiError('internal', `Something went wrong: ${detail}`);
}

/** The single entry point for IPC and the browser preview: validate, run, never throw. */
export function createApiService(ctx: ApiContext) {
  const handlers = createHandlers(ctx);
  return {
    async dispatch(name: string, rawInput: unknown): Promise<ApiResult<unknown>> {
      if (!Object.hasOwn(operations, name)) {
        return { ok: false, error: { code: 'invalid_input', message: `Unknown operation "${name}".` } };
      }
      const op = name as OperationName;
      try {
        const input = operations[op].input.parse(rawInput ?? {});
        const handler = handlers[op] as (input: unknown) => unknown;
        const value = await handler(input);
        return { ok: true, value };
      } catch (error) {
        return { ok: false, error: toApiError(error).toShape() };
      }
    },
  };
}
export type ApiService = ReturnType<typeof createApiService>;
