import { createEditor, type LexicalEditor, type SerializedEditorState } from 'lexical';
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import { bodyEditorNodes } from '../../../src/renderer/editor/editor-nodes';
import type { StoryBody } from '../../../src/shared/story/story-schema';

/** The body editor's nodes and rich-text behaviour without a DOM, as Lexical runs headless in Node. */
export function createBodyTestEditor(options: { history?: boolean } = {}): LexicalEditor {
  const editor = createEditor({
    namespace: 'copydesk-test',
    nodes: [...bodyEditorNodes],
    onError: (error) => {
      throw error;
    },
  });
  registerRichText(editor);
  if (options.history) registerHistory(editor, createEmptyHistoryState(), 300);
  return editor;
}

export function loadBody(editor: LexicalEditor, body: StoryBody): void {
  editor.setEditorState(editor.parseEditorState(body as unknown as SerializedEditorState));
}

export function text(value: string, format = 0) {
  return { type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' };
}

export function paragraph(...children: object[]) {
  return { type: 'paragraph', version: 1, children, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '' };
}

export function body(...children: object[]): StoryBody {
  return { root: { type: 'root', version: 1, children, direction: null, format: '', indent: 0 } } as unknown as StoryBody;
}
