import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/source-serif-4/latin-400.css';
import '@fontsource/source-serif-4/latin-400-italic.css';
import '@fontsource/source-serif-4/latin-600.css';
import '../../src/renderer/styles/tokens.css';
import '../../src/renderer/styles/base.css';
import '../../src/renderer/styles/ui.css';
import '../../src/renderer/styles/story.css';
import '../../src/renderer/styles/editor.css';
import '../../src/renderer/styles/house-style.css';

import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { BodyEditor, serializeBody } from '../../src/renderer/editor/BodyEditor';
import { createBodyEditorOutputs } from '../../src/renderer/editor/editor-outputs';
import { HouseStyleContext } from '../../src/renderer/house-style/house-style-context';
import { createHouseStyleSession } from '../../src/renderer/house-style/house-style-session';
import { loadHouseStyleEngineModule } from '../../src/renderer/house-style/load-house-style-engine';
import { createSaveThrottle } from '../../src/renderer/story/save-throttle';
import defaultSettings from '../../resources/default-settings.json';
import { attachHarness, loadBenchRules, loadBenchStory } from './harness';

/**
 * Copydesk's real body editor with all its plugins and styles, as the story
 * page mounts it, including the autosave's serialization at most once a
 * second while typing (the store call itself is not part of the page),
 * and house-style checking on, as the story page runs it (bench/README.md budgets):
 * its checker loads on demand and first checks after the first keystroke.
 */
const story = await loadBenchStory();
const outputs = createBodyEditorOutputs();
// As in the app, the rules come validated from outside the page (there the main process, here the driver).
const loadEngine = async () => {
  const [engine, rules] = await Promise.all([loadHouseStyleEngineModule(), loadBenchRules()]);
  return engine.houseStyleEngine(rules, defaultSettings);
};
const houseStyle = createHouseStyleSession(loadEngine, { source: 'built-in' });
// Settled once the first check's underlines are on screen; the heap is measured then.
const firstCheck = new Promise<void>((resolve) => {
  const stop = houseStyle.result.subscribe(() => {
    if (houseStyle.result.get().stats === null) return;
    stop();
    requestAnimationFrame(() => resolve());
  });
});
houseStyle.setFields({ section: 'Feature', headline: 'A long story for the benchmark', standfirst: 'Typed into at its end.', bio: null, bylines: [], socialHeadline: '', socialDescription: '' });
let serialize: () => void = () => undefined;
const autosave = createSaveThrottle({
  save: async () => {
    serialize();
    return 'saved';
  },
});

document.body.style.overflow = 'auto';
// Mounted in one synchronous commit, as the story page mounts the editor (use-story-draft).
const root = createRoot(document.getElementById('root')!);
flushSync(() =>
  root.render(
    <HouseStyleContext.Provider value={houseStyle}>
      <div className="story-column">
        <BodyEditor
          initialBody={story}
          outputs={outputs}
          onChange={() => autosave.changed()}
          onReady={(editor) => {
            serialize = () => void JSON.stringify(serializeBody(editor));
            attachHarness(editor, firstCheck);
          }}
        />
      </div>
    </HouseStyleContext.Provider>,
  ),
);
