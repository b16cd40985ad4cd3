import type { ReactNode } from 'react';
import { exportForms, type ExportForm } from '../../shared/export/export-input';
import { useExportCheck } from '../house-style/use-export-check';
import { Button } from '../ui/Button';
import { commandAriaKeys } from '../commands/command-labels';
import { formLabels, type StoryExport } from './use-story-export';

const formNotes: Record<ExportForm, string> = {
  article: 'The whole story as one <article>, for a CMS that takes HTML.',
  body: 'The text alone, for a CMS with its own headline and byline fields.',
  page: 'A complete web page with its metadata.',
};

type ExportPanelProps = {
  exporter: StoryExport;
  previewOpen: boolean;
  onTogglePreview: () => void;
  /** What the export leaves out because it is not saved yet (said before the exporter's own warnings). */
  unsaved?: string[];
  /** The "Ready to publish" list, shown first. */
  checklist?: ReactNode;
};

/** The Export tab: what the story still needs, pick a form, see what the exporter warns about, copy or save. */
export function ExportPanel({ exporter, previewOpen, onTogglePreview, unsaved = [], checklist }: ExportPanelProps) {
  const { form, setForm, result, error, busy } = exporter;
  const houseStyle = useExportCheck();
  return (
    <div className="export-panel">
      {checklist}
      <fieldset className="export-forms">
        <legend className="export-panel__label">Form</legend>
        <div className="segmented">
          {exportForms.map((value) => (
            <label key={value} className={`segmented__option${value === form ? ' is-selected' : ''}`}>
              <input type="radio" name="export-form" value={value} checked={value === form} onChange={() => setForm(value)} />
              {formLabels[value]}
            </label>
          ))}
        </div>
        <p className="export-panel__note">{formNotes[form]}</p>
      </fieldset>

      <Button variant={previewOpen ? 'secondary' : 'primary'} onClick={onTogglePreview} aria-pressed={previewOpen} aria-keyshortcuts={commandAriaKeys('export')}>
        {previewOpen ? 'Close the preview' : 'Open the preview'}
      </Button>

      <div className="export-actions">
        <Button disabled={busy} onClick={houseStyle.guard(() => void exporter.copyHtml())}>
          Copy HTML
        </Button>
        <Button disabled={busy} onClick={houseStyle.guard(() => void exporter.copySource())}>
          Copy source
        </Button>
        <Button disabled={busy} onClick={houseStyle.guard(() => void exporter.saveToFile())}>
          Save to file…
        </Button>
      </div>
      <p className="export-panel__note">Copy HTML puts rich text and its source on the clipboard: paste into a CMS’s editor or its HTML view.</p>

      <section className="export-warnings" aria-labelledby="export-warnings-title">
        <h3 id="export-warnings-title" className="export-panel__label">
          Warnings
        </h3>
        {error !== null && <p className="export-warnings__error">{error}</p>}
        {result === null && error === null && <p className="export-panel__note">Checking…</p>}
        {result !== null && result.warnings.length + unsaved.length === 0 && <p className="export-panel__note">None: the export is clean.</p>}
        {result !== null && result.warnings.length + unsaved.length > 0 && (
          <ul className="export-warnings__list">
            {unsaved.map((message) => (
              <li key={message}>{message}</li>
            ))}
            {result.warnings.map((warning, index) => (
              <li key={`${warning.code}-${index}`}>{warning.message}</li>
            ))}
          </ul>
        )}
      </section>
      {houseStyle.view}
    </div>
  );
}
