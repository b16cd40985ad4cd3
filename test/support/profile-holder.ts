/**
 * A process that holds a profile the way the app and the preview do, until it
 * is killed; prints "held" once it has the lock.
 *
 * Usage: node --import tsx test/support/profile-holder.ts <profile folder>
 */
import Database from 'better-sqlite3';
import { holdProfile } from '../../src/main/profile/profile-lock';

const [profileDir] = process.argv.slice(2);
if (profileDir === undefined) {
  process.stderr.write('usage: profile-holder <profile folder>\n');
  process.exit(2);
}
holdProfile(profileDir, 'the browser preview', Database, 'Holding the profile for a test');
process.stdout.write('held\n');
setInterval(() => undefined, 60_000);
