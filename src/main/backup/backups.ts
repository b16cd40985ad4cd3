import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/backup/backup-schema';
import { profilePaths } from '../profile/profile-dir';
import { backupName, backupTime, manifestName } from './backup-names';

/** What a backup needs from the open store: SQLite's online backup of the live database into a file. */
export type BackupSource = { backup(file: string): Promise<unknown> };

/** How many recent backups are always kept; besides them, the newest of each of the last KEEP_DAYS days. */
const KEEP_RECENT = 10;
const KEEP_DAYS = 7;
const DAY = 86_400_000;

/**
 * Backs up the database with SQLite's online backup (safe while the app is
 * writing) into the profile's backups folder, under a temporary name renamed
 * into place once complete, so a half-written backup never looks like one.
 * Images are content-addressed and never change, so each is copied once into
 * backups/images; a manifest beside the backup lists the ones it needs.
 */
export async function createBackup(source: BackupSource, profileDir: string, now: Date): Promise<BackupInfo> {
  const paths = profilePaths(profileDir);
  const imagesDir = join(paths.backups, 'images');
  await mkdir(imagesDir, { recursive: true });
  const name = backupName(now);
  const temp = join(paths.backups, `.${name}.partial`);
  try {
    await source.backup(temp);
    const images = await imageFiles(paths.images);
    for (const image of images) await copyOnce(join(paths.images, image), join(imagesDir, image));
    await writeManifest(paths.backups, name, images);
    await rename(temp, join(paths.backups, name));
  } finally {
    await rm(temp, { force: true });
  }
  await rotateBackups(profileDir, now);
  return describeBackup(paths.backups, name);
}

/** The backups in the profile, newest first. */
export async function listBackups(profileDir: string): Promise<BackupInfo[]> {
  const dir = profilePaths(profileDir).backups;
  const names = await backupNames(dir);
  return Promise.all(names.map((name) => describeBackup(dir, name)));
}

/**
 * Keeps the newest KEEP_RECENT backups and the newest of each of the last
 * KEEP_DAYS days; removes the rest, and then the image copies no kept
 * manifest lists.
 */
export async function rotateBackups(profileDir: string, now: Date): Promise<string[]> {
  const dir = profilePaths(profileDir).backups;
  const names = await backupNames(dir);
  const keep = new Set(names.slice(0, KEEP_RECENT));
  const days = new Set<number>();
  for (const name of names) {
    const time = backupTime(name)!.getTime();
    const day = Math.floor(time / DAY);
    if (now.getTime() - time >= KEEP_DAYS * DAY || days.has(day)) continue;
    days.add(day);
    keep.add(name);
  }
  const removed = names.filter((name) => !keep.has(name));
  for (const name of removed) {
    await rm(join(dir, name), { force: true });
    await rm(join(dir, manifestName(name)), { force: true });
  }
  await removeUnlistedBackupImages(dir);
  return removed;
}

/** The image files the kept backups' manifests list: what backups/images must hold. */
export async function imagesOfKeptBackups(backupsDir: string): Promise<Set<string>> {
  const needed = new Set<string>();
  for (const name of await backupNames(backupsDir)) for (const image of await manifestImages(backupsDir, name)) needed.add(image);
  return needed;
}

/**
 * Removes the copies in backups/images that no kept backup's manifest lists;
 * returns their names. Skipped while a backup is being written: its images
 * are copied before its manifest exists.
 */
export async function removeUnlistedBackupImages(backupsDir: string): Promise<string[]> {
  const entries = await readdir(backupsDir).catch(() => [] as string[]);
  if (entries.some((entry) => entry.endsWith('.partial'))) return [];
  const needed = await imagesOfKeptBackups(backupsDir);
  const unlisted = (await imageFiles(join(backupsDir, 'images'))).filter((image) => !needed.has(image));
  for (const image of unlisted) await rm(join(backupsDir, 'images', image), { force: true });
  return unlisted;
}

/** Writes the list of image files a backup needs beside it. */
export async function writeManifest(backupsDir: string, name: string, images: readonly string[]): Promise<void> {
  const file = join(backupsDir, manifestName(name));
  // Renamed into place: a half-written manifest would read as "needs no images".
  await writeFile(`${file}.partial`, JSON.stringify({ images }, null, 1));
  await rename(`${file}.partial`, file);
}

/** The image files a backup's manifest lists ([] when it has none). */
export async function manifestImages(backupsDir: string, name: string): Promise<string[]> {
  try {
    const manifest = JSON.parse(await readFile(join(backupsDir, manifestName(name)), 'utf8')) as { images?: unknown };
    return Array.isArray(manifest.images) ? manifest.images.filter((image): image is string => typeof image === 'string') : [];
  } catch {
    return [];
  }
}

/** Backup file names in a folder, newest first. */
export async function backupNames(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return [];
  }
  return entries.filter((name) => backupTime(name) !== undefined).sort().reverse();
}

async function describeBackup(dir: string, name: string): Promise<BackupInfo> {
  const { size } = await stat(join(dir, name));
  return {
    name,
    createdAt: backupTime(name)!.toISOString(),
    byteSize: size,
    imageCount: (await manifestImages(dir, name)).length,
  };
}

/** Content-addressed image files (images/<sha256>.<ext>); temporary files being written are skipped. */
async function imageFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => /^[0-9a-f]{64}\.[a-z0-9]+$/.test(name)).sort();
  } catch {
    return [];
  }
}

/** Copies a file unless the target already exists; a content address means an existing copy is the same file. */
export async function copyOnce(from: string, to: string): Promise<void> {
  try {
    await stat(to);
    return;
  } catch {
    // Not there yet: copy it.
  }
  const temp = `${to}.partial`;
  await copyFile(from, temp);
  await rename(temp, to);
}
