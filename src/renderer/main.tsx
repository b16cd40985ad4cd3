import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-ext-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-ext-500.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-ext-600.css';
import '@fontsource/source-serif-4/latin-400.css';
import '@fontsource/source-serif-4/latin-ext-400.css';
import '@fontsource/source-serif-4/latin-400-italic.css';
import '@fontsource/source-serif-4/latin-ext-400-italic.css';
import '@fontsource/source-serif-4/latin-600.css';
import '@fontsource/source-serif-4/latin-ext-600.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/ui.css';
import './styles/commands.css';
import './styles/library.css';
import './styles/story.css';
import './styles/editor.css';
import './styles/related.css';
import './styles/authors.css';
import './styles/export.css';
import './styles/house-style.css';
import './styles/fields.css';
import './styles/history.css';
import './styles/publishing.css';
import './styles/newsroom.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient, findBridge } from './api/client';
import { preloadStory } from './api/preload-story';
import { App } from './app/App';
import { parseRoute } from './app/routes';

const root = createRoot(document.getElementById('root')!);
const bridge = findBridge();

if (bridge === null) {
  root.render(
    <main className="startup-error">
      <h1>Copydesk could not start</h1>
      <p>This page needs the Copydesk app (or its browser preview) to reach the story store. Start Copydesk again.</p>
    </main>,
  );
} else {
  const route = parseRoute(window.location.hash);
  const api = route.screen === 'story' ? preloadStory(createApiClient(bridge), route.id) : createApiClient(bridge);
  root.render(
    <StrictMode>
      <App api={api} onCommand={(listener) => bridge.onCommand(listener)} />
    </StrictMode>,
  );
}
