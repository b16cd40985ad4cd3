import { initialSchema } from './0001-initial';
import { revisionSummaries } from './0002-revision-summaries';
import { houseStyleIgnores } from './0003-house-style-ignores';
import { exportLogSlug } from './0004-export-log-slug';
import { bodyHashes } from './0005-body-hashes';
import { houseWords } from './0006-house-words';
import { storyUpdates } from './0007-story-updates';
import { deskSync } from './0008-desk-sync';
import { deskEditors } from './0009-desk-editors';
import { authorMerges } from './0010-author-merges';
import { deskDocuments } from './0011-desk-documents';
import type { Migration } from './migration';

/** Every schema step in order; a new one is a new numbered file added here. */
export const migrations: readonly Migration[] = [initialSchema, revisionSummaries, houseStyleIgnores, exportLogSlug, bodyHashes, houseWords, storyUpdates, deskSync, deskEditors, authorMerges, deskDocuments];

export const LATEST_SCHEMA_VERSION = migrations.length;
