import type { z } from 'zod';
import { commandIds } from '../commands/command-list';
import type { ApiResult } from './api-error';
import { authorOperations } from './contract/authors';
import { backupOperations } from './contract/backups';
import { exportOperations } from './contract/export';
import { houseDictionaryOperations } from './contract/house-dictionary';
import { houseStyleOperations } from './contract/house-style';
import { imageOperations } from './contract/images';
import { importOperations } from './contract/import';
import { newsroomOperations } from './contract/newsroom';
import { profileOperations } from './contract/profile';
import { relatedOperations } from './contract/related';
import { revisionOperations } from './contract/revisions';
import { sharedEditingOperations } from './contract/shared-editing';
import { storyOperations } from './contract/stories';

/**
 * Every operation, defined once. The main process validates each input
 * against it, whichever door it came through; the preload and the browser
 * preview expose exactly these names, and the command line calls them too;
 * the renderer's types come from here. The few that name paths on the
 * machine (exportStoriesToPath, importStoriesFromPaths) are the command
 * line's: the app and the preview are refused them.
 *
 * Each capability's operations (input and output schemas, summary) live in
 * its file in `src/shared/api/contract/`. To add an operation, add it to that
 * file's table (a new capability: a new file, and its table here), then its
 * handler to `createHandlers` in `src/main/api/api-service.ts`.
 */
export const operations = {
  ...profileOperations,
  ...houseStyleOperations,
  ...houseDictionaryOperations,
  ...storyOperations,
  ...exportOperations,
  ...revisionOperations,
  ...relatedOperations,
  ...backupOperations,
  ...authorOperations,
  ...imageOperations,
  ...importOperations,
  ...newsroomOperations,
  ...sharedEditingOperations,
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export const operationNames = Object.keys(operations) as OperationName[];

export type ApiInput<N extends OperationName> = z.input<Operations[N]['input']>;
export type ApiParsedInput<N extends OperationName> = z.output<Operations[N]['input']>;
export type ApiOutput<N extends OperationName> = z.output<Operations[N]['output']>;

/** The promise-returning API the renderer uses; errors are thrown as ApiError. */
export type CopydeskApi = { [N in OperationName]: (input: ApiInput<N>) => Promise<ApiOutput<N>> };

/** What the preload (or the preview bridge) puts on window: results, never throws. */
export type CopydeskBridge = {
  [N in OperationName]: (input: ApiInput<N>) => Promise<ApiResult<ApiOutput<N>>>;
} & {
  /** Menu and shortcut commands from the shell; returns an unsubscribe function. */
  onCommand(listener: (command: ShellCommand) => void): () => void;
};

/** A command id (from the menu), or 'flush-and-close': the window is closing; save what is pending, then close it (window.close()). */
export const shellCommands = [...commandIds, 'flush-and-close'] as const;
export type ShellCommand = (typeof shellCommands)[number];

export const BRIDGE_GLOBAL = 'copydeskBridge';
export const IPC_CHANNEL_PREFIX = 'copydesk:';
export const IPC_COMMAND_CHANNEL = 'copydesk:command';
