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

import { createRoot } from 'react-dom/client';
import { BodyEditor, serializeBody } from '../../src/renderer/editor/BodyEditor';
import { createBodyEditorOutputs } from '../../src/renderer/editor/editor-outputs';
import { HouseStyleContext } from '../../src/renderer/house-style/house-style-context';
import { createHouseStyleSession } from '../../src/renderer/house-style/house-style-session';
import { createSaveThrottle } from '../../src/renderer/story/save-throttle';
import { createChecker, defaultRules } from '../../src/shared/house-style';
import defaultSettings from '../../resources/default-settings.json';
import { attachHarness, loadBenchStory } from './harness';

/**
 * Copydesk's real body editor with all its plugins and styles, as the story
 * page mounts it, including the autosave's serialization at most once a
 * second while typing (the store call itself is not part of the page),
 * and house-style checking on, as the story page runs it (DESIGN §6).
 */
const story = await loadBenchStory();
const outputs = createBodyEditorOutputs();
const houseStyle = createHouseStyleSession(createChecker(defaultRules(), defaultSettings), { source: 'built-in' });
houseStyle.setFields({ section: 'Feature', headline: 'A long story for the benchmark', standfirst: 'Typed into at its end.', bio: null, bylines: [] });
let serialize: () => void = () => undefined;
const autosave = createSaveThrottle({
  save: async () => {
    serialize();
    return 'saved';
  },
});

document.body.style.overflow = 'auto';
createRoot(document.getElementById('root')!).render(
  <HouseStyleContext.Provider value={houseStyle}>
    <div className="story-column">
      <BodyEditor
        initialBody={story}
        outputs={outputs}
        onChange={() => autosave.changed()}
        onReady={(editor) => {
          serialize = () => void JSON.stringify(serializeBody(editor));
          attachHarness(editor);
        }}
      />
    </div>
  </HouseStyleContext.Provider>,
);
