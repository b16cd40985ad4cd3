import { basename, dirname, resolve } from 'node:path';
import { toBase64 } from 'lib0/buffer';
import { ApiError, type ApiResult } from '../../shared/api/api-error';
import { operations, type ApiOutput, type ApiParsedInput, type OperationName } from '../../shared/api/contract';
import type { ImportProgress } from '../../shared/api/contract/import';
import { findInputLimitBreach, inputLimitMessage } from '../../shared/api/input-limits';
import type { Settings } from '../../shared/settings/settings-schema';
import { exportStory } from '../../shared/export/export-story';
import { createBackup, listBackups } from '../backup/backups';
import { purgeStoryFromBackups } from '../backup/purge-from-backups';
import { restoreBackup } from '../backup/restore-backup';
import { exportStoriesBatch } from '../export/export-batch';
import { buildExportInput } from '../export/build-export-input';
import { exportFileName, exportStoryToFolder } from '../export/export-to-folder';
import { checkTypedExportFolder } from '../export/typed-export-folder';
import { loadHouseStyleRules } from '../house-style/load-house-style';
import { copyRulesFileIntoProfile, requireRulesFileInProfile } from '../house-style/rules-file';
import { checkSettingsImages, saveSettingsFile } from '../settings/save-settings';
import { collectUnusedImages } from '../images/collect-images';
import { storeImageFile } from '../images/store-image';
import { importFiles } from '../import/import-files';
import { importStoryFile } from '../import/import-story-file';
import { deskStatus } from '../newsroom/desk-status';
import { joinDesk } from '../newsroom/join-desk';
import type { LiveDesk } from '../newsroom/live-desk';
import { syncDeskNow } from '../newsroom/sync-desk-now';
import { profilePaths } from '../profile/profile-dir';
import { openStore, type Store } from '../store/store';
import { createWalScrubber } from '../store/wal-scrubber';
import { waitForStoryUpdates } from './story-update-wait';
import type { Desktop } from './desktop';
import { errorReport, type Door } from './error-report';

export type ApiContext = {
  /** Replaced when a backup is restored; handlers read it on each call. */
  store: Store;
  /** Replaced when the settings screen saves; handlers read it on each call. */
  settings: Settings;
  appVersion: string;
  profileDir: string;
  settingsFile: string;
  /** The clipboard and native dialogs; absent in the browser preview and the command line. */
  desktop?: Desktop;
  /** Who calls, for what the error messages advise; the app's window when absent. */
  door?: Door;
  /** The desk sync that runs while the app or the preview has the profile open; absent for the command line. */
  desk?: LiveDesk;
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
  /** Folders this session chose for a batch export: a later batch may only name one of them. */
  const batchFolders = new Set<string>();
  /** Empties the WAL after a purge, retrying in the background while another reader holds an old snapshot. */
  const walScrubber = createWalScrubber(() => ctx.store);
  /**
   * Where a batch goes: a folder an earlier call of it returned; else the
   * folder dialog's choice (null: cancelled); in the browser preview, which
   * has no dialog, the folder the person typed, once checked.
   */
  const batchFolder = async (folder: string | undefined): Promise<string | null> => {
    if (folder !== undefined && batchFolders.has(folder)) return folder;
    let chosen: string | null;
    if (ctx.desktop !== undefined) {
      if (folder !== undefined) throw new ApiError('rejected', 'Pick the folder to export to again.', 'folder');
      chosen = await ctx.desktop.chooseFolder();
    } else {
      if (folder === undefined) throw new ApiError('invalid_input', 'The browser preview has no folder dialog: type the folder to export into.', 'folder');
      chosen = checkTypedExportFolder(folder, ctx.profileDir);
    }
    if (chosen === null) return null;
    batchFolders.add(resolve(chosen));
    return resolve(chosen);
  };
  /**
   * What follows a story's purge from the database, whether deleted here or
   * on the desk: the WAL scrubbed, the backups purged, its pictures collected.
   */
  const finishPurge = async (id: string, purged: { walEmptied: boolean }) => {
    if (!purged.walEmptied) walScrubber.scrub();
    const backups = await purgeStoryFromBackups(ctx.profileDir, id, ctx.store.Database);
    // The story is gone by now: pictures that cannot be removed (a file in use) must not turn that into an error; maintenance tries again.
    const imagesRemoved = await collectUnusedImages(ctx.store, ctx.profileDir, ctx.settings, new Date()).catch(() => []);
    return {
      id,
      backupsCleaned: backups.cleaned,
      backupsNotCleaned: backups.notCleaned,
      walScrubPending: walScrubber.pending,
      imagesRemoved: [...new Set(imagesRemoved)],
    };
  };
  /** Imports running now, by the id their caller gave, for getImportProgress. */
  const importProgress = new Map<string, ImportProgress>();
  // Read once at start (and again when the settings name another file), never on each call.
  let houseStyle = loadHouseStyleRules(ctx.profileDir, ctx.settings);
  const desktopOnly = (what: string): ApiError =>
    new ApiError('rejected', `${what} is done by the Copydesk window itself, not through the API.`);
  // The app and the preview choose files and folders through their dialogs, never by a path the page names.
  const commandLineOnly = (what: string): ApiError =>
    new ApiError('rejected', `${what} is done by the copydesk command line; the app uses its file and folder dialogs.`);
  // The app's and the preview's sync starts with the operations over it, finishing a purge the desk asks for as a local one.
  ctx.desk?.restart(finishPurge);
  return {
    getAppInfo: () => ({
      appVersion: ctx.appVersion,
      profileDir: ctx.profileDir,
      databaseFile: ctx.store.file,
      settingsFile: ctx.settingsFile,
      schemaVersion: ctx.store.schemaVersion,
      folderDialog: ctx.desktop !== undefined,
    }),
    getSettings: () => ctx.settings,
    saveSettings: (settings) => {
      checkSettingsImages(ctx.profileDir, settings);
      requireRulesFileInProfile(ctx.profileDir, settings.houseStyleRules);
      saveSettingsFile(ctx.settingsFile, settings);
      // Read again even under the same name: the file may have been chosen again with new rules.
      houseStyle = loadHouseStyleRules(ctx.profileDir, settings);
      ctx.settings = settings;
      return settings;
    },
    importHouseStyleRules: (input) => ({ path: copyRulesFileIntoProfile(ctx.profileDir, input) }),
    getHouseStyleRules: () => houseStyle,
    listStories: (input) => ctx.store.listStories(input),
    getStory: ({ id }) => ctx.store.getStory(id),
    exportStory: ({ id, form }) => {
      const { html, warnings } = exportStory(buildExportInput(ctx.store, ctx.settings, id), { form });
      return { html, warnings };
    },
    writeClipboard: async (content) => {
      if (ctx.desktop === undefined) throw desktopOnly('Copying');
      await ctx.desktop.writeClipboard(content);
      return { written: true as const };
    },
    saveExportFile: async ({ id, form }) => {
      if (ctx.desktop === undefined) throw desktopOnly('Saving to a file');
      const story = ctx.store.getStory(id);
      const file = await ctx.desktop.chooseSaveFile(exportFileName(story, form));
      if (file === null) return { cancelled: true as const };
      const result = exportStoryToFolder(story, {
        store: ctx.store,
        settings: ctx.settings,
        profileDir: ctx.profileDir,
        folder: dirname(file),
        fileName: basename(file),
        form,
      });
      return { path: result.file };
    },
    exportStoriesToFolder: async ({ ids, folder }) => {
      const target = await batchFolder(folder);
      if (target === null) return { cancelled: true as const };
      const results = exportStoriesBatch(ids, {
        store: ctx.store,
        settings: ctx.settings,
        profileDir: ctx.profileDir,
        folder: target,
        copiedImages: new Set(),
      });
      return { folder: target, results };
    },
    exportStoriesToPath: ({ ids, folder, form, stylesheetHref }) => {
      if (ctx.door !== 'cli') throw commandLineOnly('Exporting into a folder named by its path');
      const copiedImages = new Set<string>();
      return ids.map((id) => {
        const result = exportStoryToFolder(id, {
          store: ctx.store,
          settings: ctx.settings,
          profileDir: ctx.profileDir,
          folder,
          form,
          copiedImages,
          ...(stylesheetHref === undefined ? {} : { stylesheetHref }),
        });
        return { id: result.storyId, slug: result.slug, file: result.file, warnings: result.warnings, missingImages: result.missingImages };
      });
    },
    recordExport: ({ id, form, destination }) => {
      ctx.store.logExport({ storyId: id, format: form, destination });
      return { id };
    },
    createStory: (input) => {
      requireKnownSection(ctx.settings, input.section);
      return ctx.store.createStory({ ...input, section: input.section ?? ctx.settings.sections[0]!.name });
    },
    saveStory: ({ id, baseRevision, changes }) => {
      requireKnownSection(ctx.settings, changes.section);
      return ctx.store.saveStory(id, baseRevision, changes);
    },
    checkSlug: ({ storyId, slug }) => ctx.store.checkSlug(storyId, slug),
    findStoryBySlug: ({ slug }) => {
      const id = ctx.store.findStoryIdBySlug(slug);
      return id === undefined ? null : { id };
    },
    duplicateStory: ({ id }) => ctx.store.duplicateStory(id),
    archiveStory: ({ id }) => ctx.store.setArchived(id, true),
    unarchiveStory: ({ id }) => ctx.store.setArchived(id, false),
    trashStory: ({ id }) => ctx.store.setTrashed(id, true),
    restoreStory: ({ id }) => ctx.store.setTrashed(id, false),
    deleteStoryForever: ({ id }) => finishPurge(id, ctx.store.deleteStoryForever(id)),
    listAuthors: ({ query }) => ctx.store.authors.list(query),
    createAuthor: (fields) => ctx.store.authors.create(fields),
    resolveRelated: ({ id }) => ctx.store.related.resolve(id),
    suggestRelated: ({ storyId, limit }) => ctx.store.related.suggest(storyId, limit),
    listLinkingStories: ({ storyId }) => ctx.store.related.linking(storyId),
    listTags: ({ prefix, limit }) => ctx.store.related.tags(prefix, limit),
    getAuthor: ({ id }) => ctx.store.authors.get(id),
    updateAuthor: ({ id, baseRevision, changes }) => ctx.store.authors.update(id, baseRevision, changes),
    mergeAuthors: ({ keepId, mergeId }) => ctx.store.authors.merge(keepId, mergeId),
    listRevisions: ({ storyId }) => ctx.store.revisions.list(storyId),
    getRevision: ({ id }) => ctx.store.revisions.get(id),
    recordRevision: ({ storyId, reason }) => ctx.store.revisions.record(storyId, reason),
    restoreRevision: ({ storyId, revisionId, baseRevision }) => ctx.store.revisions.restore(storyId, revisionId, baseRevision),
    storyCards: ({ ids }) => ctx.store.related.cards(ids),
    listBackups: () => listBackups(ctx.profileDir),
    createBackup: () => createBackup(ctx.store, ctx.profileDir, new Date()),
    restoreBackup: async ({ name }) => {
      const { Database, file } = ctx.store;
      ctx.desk?.stop();
      ctx.store.close();
      try {
        const { movedAside } = await restoreBackup(ctx.profileDir, name, Database, new Date());
        return { restored: name, movedAside: movedAside === null ? null : basename(movedAside) };
      } finally {
        // The restored database, or the old one when the restore was refused (it is then untouched).
        ctx.store = openStore({ file, Database });
        ctx.desk?.restart(finishPurge);
      }
    },
    joinDesk: async (input) => {
      const joined = await joinDesk(ctx.store, input, finishPurge, profilePaths(ctx.profileDir).images);
      ctx.desk?.restart(finishPurge);
      return joined;
    },
    syncDeskNow: ({ timeoutSeconds }) => syncDeskNow(ctx.store, timeoutSeconds, finishPurge, profilePaths(ctx.profileDir).images),
    getDeskStatus: () => {
      const connection = ctx.desk?.connection() ?? null;
      return { ...deskStatus(ctx.store), ...(connection === null ? {} : { connection }) };
    },
    renameDeskEditor: ({ editorName }) => {
      ctx.store.desk.renameEditor(editorName);
      return { editorName };
    },
    leaveDesk: () => {
      const joined = ctx.store.desk.membership() !== null;
      ctx.desk?.stop();
      ctx.store.desk.leave();
      return { left: joined };
    },
    markStoryOpened: ({ storyId }) => ({ wasMarked: ctx.store.desk.markStoryOpened(storyId) }),
    importImage: async (input) => {
      const image = await storeImageFile(profilePaths(ctx.profileDir).images, input);
      ctx.store.images.record(image);
      return { sha256: image.sha256, ext: image.ext, width: image.width, height: image.height, byteSize: image.byteSize };
    },
    importStoryFile: async ({ fileName, bytes, importId, updateStoryId }) => {
      const report = (progress: ImportProgress) => {
        if (importId !== undefined) importProgress.set(importId, progress);
      };
      try {
        const context = { store: ctx.store, settings: ctx.settings, imagesDir: profilePaths(ctx.profileDir).images };
        return await importStoryFile(context, { fileName, bytes, ...(updateStoryId === undefined ? {} : { updateStoryId }) }, report);
      } finally {
        if (importId !== undefined) importProgress.delete(importId);
      }
    },
    importStoriesFromPaths: ({ files, section, baseUrl, updateDrafts, replace }) => {
      if (ctx.door !== 'cli') throw commandLineOnly('Importing files named by their paths');
      return importFiles(ctx, { files, section, baseUrl, update: { drafts: updateDrafts, named: new Set(replace) } });
    },
    getImportProgress: ({ importId }) => importProgress.get(importId) ?? null,
    openSharedStory: ({ id }) => {
      const opened = ctx.store.documents.stateAt(id);
      return opened === null ? null : { state: toBase64(opened.state), seq: opened.seq };
    },
    waitForStoryUpdates: (input) => waitForStoryUpdates(() => ctx.store, (id) => ctx.desk?.presence(id) ?? null, input),
    setStoryPresence: ({ id, presence }) => ({ relayed: ctx.desk?.setPresence(id, presence) ?? false }),
    listHouseWords: () => ctx.store.houseWords.list(),
    addHouseWord: ({ word }) => ({ ...ctx.store.houseWords.add(word, 'editor'), words: ctx.store.houseWords.list() }),
    removeHouseWord: ({ word }) => {
      ctx.store.houseWords.remove(word);
      return { words: ctx.store.houseWords.list() };
    },
  };
}

/** The single entry point for IPC, the browser preview and the command line: hold the input to the limits, validate, run, never throw. */
export function createApiService(ctx: ApiContext) {
  const handlers = createHandlers(ctx);
  // While a backup is put back the store is closed: other calls wait their turn rather than fail.
  let restoring: Promise<unknown> | null = null;
  return {
    async dispatch(name: string, rawInput: unknown): Promise<ApiResult<unknown>> {
      if (!Object.hasOwn(operations, name)) {
        return { ok: false, error: { code: 'invalid_input', message: `Unknown operation "${name}".` } };
      }
      const op = name as OperationName;
      try {
        const breach = findInputLimitBreach(rawInput);
        if (breach !== null) throw new ApiError('invalid_input', inputLimitMessage(breach.limit, breach.field), breach.field || undefined);
        const input = operations[op].input.parse(rawInput ?? {});
        while (restoring !== null) await restoring.catch(() => undefined);
        const handler = handlers[op] as (input: unknown) => unknown;
        const running = Promise.resolve(handler(input));
        if (op === 'restoreBackup') {
          restoring = running;
          void running.finally(() => (restoring = null)).catch(() => undefined);
        }
        const value = await running;
        return { ok: true, value };
      } catch (error) {
        return { ok: false, error: errorReport(error, ctx.door).error };
      }
    },
  };
}
export type ApiService = ReturnType<typeof createApiService>;
