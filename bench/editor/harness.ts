import { $getRoot, $isParagraphNode, type LexicalEditor } from 'lexical';
import type { HouseStyleRules } from '../../src/shared/house-style';
import type { StoryBody } from '../../src/shared/story/story-schema';

/**
 * What the benchmark driver reads from a page: when the editor was ready,
 * when the first keystroke reached the text, and one latency sample per
 * keystroke (keydown → the frame after the update has been painted).
 */
export type BenchPage = {
  /** performance.now() (ms since the start of loading) when the story is on screen with the caret in it. */
  readyAt: number | null;
  /** performance.now() when the first keystroke's text was in the editor state. */
  firstKeyAt: number | null;
  /** performance.now() once the page's opening work is done (Copydesk: the first house-style check is painted). */
  settledAt: number | null;
  samples: number[];
  /** Resolves once `count` samples have been taken. */
  whenSamples(count: number): Promise<void>;
};

declare global {
  interface Window {
    __bench?: BenchPage;
  }
}

/** The story the driver generated, served beside the page. */
export async function loadBenchStory(): Promise<StoryBody> {
  const response = await fetch('./story.json');
  return (await response.json()) as StoryBody;
}

/**
 * The built-in house-style rules, validated by the driver as the main process
 * validates them for the app, which hands them to the page ready to use.
 */
export async function loadBenchRules(): Promise<HouseStyleRules> {
  const response = await fetch('./house-style-rules.json');
  return (await response.json()) as HouseStyleRules;
}

/**
 * Instruments a page once its editor exists: the same code on both sides,
 * so the two editors are measured identically. `opening` is the work the
 * page still does after it is ready (settledAt).
 */
export function attachHarness(editor: LexicalEditor, opening: Promise<void> = Promise.resolve()): void {
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const bench: BenchPage = {
    readyAt: null,
    firstKeyAt: null,
    settledAt: null,
    samples: [],
    whenSamples(count) {
      if (bench.samples.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
  };
  window.__bench = bench;
  void opening.then(() => {
    bench.settledAt = performance.now();
  });

  const channel = new MessageChannel();
  const started: number[] = [];
  channel.port1.onmessage = () => {
    const start = started.shift();
    if (start === undefined) return;
    bench.samples.push(performance.now() - start);
    for (const waiter of [...waiters]) {
      if (bench.samples.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  // keydown → the next frame: rAF runs before that frame's layout and paint, and a message posted from it
  // arrives once they are done. The key's own handling (beforeinput, Lexical's update) happens in between.
  window.addEventListener(
    'keydown',
    (event) => {
      if (bench.readyAt === null) return;
      started.push(event.timeStamp);
      requestAnimationFrame(() => channel.port2.postMessage(null));
    },
    { capture: true },
  );

  editor.registerUpdateListener(({ dirtyLeaves }) => {
    if (bench.readyAt !== null && bench.firstKeyAt === null && dirtyLeaves.size > 0) bench.firstKeyAt = performance.now();
  });

  const whenOnScreen = () => {
    const root = editor.getRootElement();
    if (root === null || root.childElementCount === 0) {
      requestAnimationFrame(whenOnScreen);
      return;
    }
    // The caret goes to the end of a paragraph in the middle of the story.
    root.focus({ preventScroll: true });
    editor.update(
      () => {
        const paragraphs = $getRoot().getChildren().filter($isParagraphNode);
        paragraphs[Math.floor(paragraphs.length / 2)]?.selectEnd();
      },
      { discrete: true },
    );
    bench.readyAt = performance.now();
  };
  whenOnScreen();
}
