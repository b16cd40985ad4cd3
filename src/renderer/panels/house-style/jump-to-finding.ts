import type { LexicalEditor } from 'lexical';
import type { Finding } from '../../../shared/house-style';
import { isFieldScope } from '../../../shared/house-style/document';
import { findingRange } from '../../editor/plugins/house-style-highlights';
import { scrollBlockIntoView } from '../../editor/scroll-block-into-view';
import { fieldElementIds } from '../../story/fields/field-ids';

/** Shows a finding: its text selected in the editor (or the field), scrolled into view. */
export function jumpToFinding(editor: LexicalEditor | null, finding: Finding): void {
  if (finding.scope !== 'bio' && isFieldScope(finding.scope)) {
    const field = document.getElementById(fieldElementIds[finding.scope]);
    if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return;
    field.focus();
    field.setSelectionRange(finding.from, finding.to);
    field.scrollIntoView({ block: 'center' });
    return;
  }
  if (editor === null) return;
  const range = findingRange(editor, finding);
  const target = range?.startContainer.parentElement ?? (finding.blockKey === undefined ? null : editor.getElementByKey(finding.blockKey));
  editor.getRootElement()?.focus({ preventScroll: true });
  if (range !== null) {
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  if (target != null) scrollBlockIntoView(target, 'center');
}
