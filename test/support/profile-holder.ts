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
const lock = holdProfile(profileDir, 'the browser preview', Database, 'Holding the profile for a test');
// Referenced until the end, as the app and the preview keep theirs: a collected connection would let go.
process.once('SIGTERM', () => {
  lock.release();
  process.exit(0);
});
process.stdout.write('held\n');
setInterval(() => undefined, 60_000);
