import { $getRoot, $isElementNode, $isTextNode, createEditor, type LexicalEditor } from 'lexical';
import { pathToFileURL } from 'node:url';
import { createBodySender } from '../src/renderer/story/body-sender';
import { storyBodyNodes } from '../src/shared/newsroom/story-body-nodes';
import { bodyBlocksOf, bodyEditBetween } from '../src/shared/story/body-edit';
import type { StoryBody } from '../src/shared/story/story-schema';
import { formatMs, median, percentile } from './bench-report';
import { LONG_STORY_WORDS } from './store-bench';
import { createStoryGenerator } from './story-generator';

const SAVES = 60;
const WARM_UP = 5;

/** A real Lexical editor with every node a body holds and no page (Node has no DOM), holding `body`. */
function editorHolding(body: StoryBody): LexicalEditor {
  const editor = createEditor({ nodes: storyBodyNodes, onError: (error) => { throw error; } });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(body)));
  return editor;
}

/** Types a word at the end of the block at `index`, as a burst of typing between two autosaves would. */
function typeWord(editor: LexicalEditor, index: number): void {
  editor.update(
    () => {
      const block = $getRoot().getChildAtIndex(index);
      const last = $isElementNode(block) ? block.getLastDescendant() : null;
      if ($isTextNode(last)) last.setTextContent(`${last.getTextContent()} word`);
    },
    { discrete: true },
  );
}

/**
 * The page's share of one autosave of a 10,000-word story, the work that
 * runs on the editor's thread between keystrokes: reading what changed
 * since the acknowledged body. Before: the whole editor state serialised and
 * every block's JSON compared with the acknowledged body's. After
 * (src/renderer/story/body-sender.ts): the acknowledged editor state
 * compared node by node and only the changed block serialised. Interleaved
 * in one run, a word typed into a paragraph in the middle before each save.
 */
export function measureAutosaveRead(log: (line: string) => void): void {
  const long = createStoryGenerator().story(LONG_STORY_WORDS);
  const stored = editorHolding(long.body).getEditorState().toJSON() as unknown as StoryBody;
  const editors = { before: editorHolding(stored), after: editorHolding(stored) };
  const middle = Math.floor(stored.root.children.length / 2);
  let acknowledged = stored;
  const sender = createBodySender();
  sender.reset(stored);
  sender.acknowledge(sender.read(editors.after.getEditorState()));
  const times = { before: [] as number[], after: [] as number[] };
  const sizes: number[] = [];

  for (let save = 0; save < SAVES + WARM_UP; save += 1) {
    for (const side of save % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const)) {
      typeWord(editors[side], middle);
      const started = performance.now();
      if (side === 'before') {
        const body = editors.before.getEditorState().toJSON() as unknown as StoryBody;
        bodyEditBetween(bodyBlocksOf(acknowledged), body);
        acknowledged = body;
      } else {
        const sent = sender.read(editors.after.getEditorState());
        sender.acknowledge(sent);
        sizes.push(JSON.stringify(sent.change).length);
      }
      if (save >= WARM_UP) times[side].push(performance.now() - started);
    }
  }
  const ratio = median(times.after) / median(times.before);
  log(
    `autosave, the page's share (reading the edit)   ${LONG_STORY_WORDS.toLocaleString('en-GB')}-word story, ${stored.root.children.length} blocks, ${SAVES} saves a side   before median ${formatMs(median(times.before))} (p95 ${formatMs(percentile(times.before, 95))})   after median ${formatMs(median(times.after))} (p95 ${formatMs(percentile(times.after, 95))})   after/before ${ratio.toFixed(3)}   edit sent median ${median(sizes)} B`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) measureAutosaveRead(console.log);
