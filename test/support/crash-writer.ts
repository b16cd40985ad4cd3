/**
 * The process a crash-safety test kills: opens the store of a profile and
 * saves one story in a loop, as fast as it can, announcing each save before
 * it starts ("try <sha256>") and acknowledging it once committed
 * ("ack <revision> <sha256>"), written straight to stdout so a line the parent
 * has read was really printed before the kill.
 *
 * Usage: node --import tsx test/support/crash-writer.ts <database file> <story id>
 */
import { createHash } from 'node:crypto';
import { writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openStore } from '../../src/main/store/store';

const [file, storyId] = process.argv.slice(2);
if (file === undefined || storyId === undefined) {
  process.stderr.write('usage: crash-writer <database file> <story id>\n');
  process.exit(2);
}

const store = openStore({ file, Database });
let story = store.getStory(storyId);
const words = ['ward', 'nurse', 'shift', 'pay', 'winter', 'survey', 'trust', 'board', 'rota', 'agency'];

for (let save = 0; ; save += 1) {
  const seed = `${process.pid}-${save}`;
  const text = Array.from({ length: 1500 }, (_, index) => words[(index * 7 + save) % words.length]).join(' ');
  const body = {
    root: {
      type: 'root' as const,
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text: `${seed} ${text}` }],
        },
      ],
    },
  };
  const hash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
  writeSync(1, `try ${hash}\n`);
  const ack = store.saveStory(story.id, story.revision, { headline: `Save ${seed}`, body });
  story = store.getStory(ack.id);
  writeSync(1, `ack ${ack.revision} ${hash}\n`);
  if (save % 10 === 9) store.revisions.record(story.id, 'interval');
}
