/**
 * Runs in every benchmarked page before the page's own scripts (the driver
 * bundles it and adds it as an init script), so the app and the bare editor
 * are measured by the same code, from outside either of them.
 */

/** What the driver reads from a page. */
export type Probe = {
  /** performance.now() (ms since navigation started) of the first frame with the story's text on screen in an editable editor. */
  readyAt: number | null;
  /** Resolves with readyAt once the story is editable. */
  whenReady(): Promise<number>;
  /** One sample per keystroke: keydown → the next frame painted, in ms. */
  samples: number[];
  /** Resolves once `count` samples have been taken. */
  whenSamples(count: number): Promise<void>;
  /** Puts the caret at the end of the middle paragraph, or of the story's last paragraph, and scrolls it into view. */
  placeCaret(where: 'middle' | 'end'): Promise<void>;
  /** Resolves once the page has had `ms` to do what it does after a keystroke and the browser is idle. */
  settle(ms: number): Promise<void>;
};

/** Set by the driver (in an init script before this one): words the story's text ends with. */
type ProbeExpectation = { closingText: string };

declare global {
  interface Window {
    __probe?: Probe;
    __probeExpect?: ProbeExpectation;
  }
}

const EDITOR_SELECTOR = '[contenteditable="true"][aria-label="Story text"]';

function editorRoot(): HTMLElement | null {
  return document.querySelector<HTMLElement>(EDITOR_SELECTOR);
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function lastTextNode(element: Element): Text | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) last = node as Text;
  return last;
}

function createProbe(): Probe {
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const readyWaiters: Array<(readyAt: number) => void> = [];
  const probe: Probe = {
    readyAt: null,
    whenReady() {
      if (probe.readyAt !== null) return Promise.resolve(probe.readyAt);
      return new Promise((resolve) => readyWaiters.push(resolve));
    },
    samples: [],
    whenSamples(count) {
      if (probe.samples.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    async placeCaret(where) {
      const root = editorRoot();
      if (root === null) throw new Error('No editable story text on the page.');
      const paragraphs = [...root.children].filter((child) => child.tagName === 'P' && (child.textContent ?? '').trim() !== '');
      const paragraph = where === 'end' ? paragraphs[paragraphs.length - 1] : paragraphs[Math.floor(paragraphs.length / 2)];
      const text = paragraph === undefined ? null : lastTextNode(paragraph);
      if (paragraph === undefined || text === null) throw new Error('The story text has no paragraph to type in.');
      root.focus({ preventScroll: true });
      paragraph.scrollIntoView({ block: 'center' });
      document.getSelection()?.collapse(text, text.length);
      // The editor takes the page's selection on selectionchange; two frames let it and any scrolling settle.
      await nextFrame();
      await nextFrame();
    },
    settle(ms) {
      return new Promise((resolve) => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 2_000 }), ms));
    },
  };

  const channel = new MessageChannel();
  const started: number[] = [];
  channel.port1.onmessage = () => {
    const start = started.shift();
    if (start === undefined) return;
    probe.samples.push(performance.now() - start);
    for (const waiter of [...waiters]) {
      if (probe.samples.length < waiter.count) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  // keydown (its timestamp: when the key reached the page) → the next frame: rAF runs before that frame's
  // layout and paint, and a message posted from it arrives once they are done. Everything the page does
  // with the key (beforeinput, the editor's update, its listeners, React) happens in between.
  window.addEventListener(
    'keydown',
    (event) => {
      if (probe.readyAt === null) return;
      started.push(event.timeStamp);
      requestAnimationFrame(() => channel.port2.postMessage(null));
    },
    { capture: true },
  );

  // Ready: the first frame in which the editor is editable and holds the whole story (its closing words are there).
  let checkedChildren = -1;
  const watch = () => {
    const root = editorRoot();
    const closing = window.__probeExpect?.closingText ?? '';
    if (root !== null && root.childElementCount !== checkedChildren) {
      checkedChildren = root.childElementCount;
      if ((root.textContent ?? '').includes(closing)) {
        const readyAt = performance.now();
        probe.readyAt = readyAt;
        for (const resolve of readyWaiters.splice(0)) resolve(readyAt);
        return;
      }
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  return probe;
}

window.__probe = createProbe();
