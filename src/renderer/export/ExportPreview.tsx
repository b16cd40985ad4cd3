import { useMemo } from 'react';
import siteStylesheetUrl from '../../../resources/site/site.css?url';
import { Button } from '../ui/Button';
import { previewDocument } from './preview-document';
import { formLabels, type StoryExport } from './use-story-export';

type ExportPreviewProps = {
  exporter: StoryExport;
  assetBaseUrl: string;
  onClose: () => void;
};

/**
 * The exported HTML as the website will show it, in the centre column. The
 * frame is sandboxed without scripts; allow-same-origin only lets it fetch
 * the stylesheet and the profile's images from the app, and the app's own
 * Content-Security-Policy (which the frame inherits) still blocks anything
 * remote.
 */
export function ExportPreview({ exporter, assetBaseUrl, onClose }: ExportPreviewProps) {
  const { result, form } = exporter;
  const srcDoc = useMemo(() => {
    if (result === null) return '';
    const stylesheetUrl = new URL(siteStylesheetUrl, document.baseURI).href;
    return previewDocument(result.html, form, { assetBaseUrl, appOrigin: location.origin, stylesheetUrl });
  }, [result, form, assetBaseUrl]);

  return (
    <section className="export-preview" aria-label="Export preview">
      <div className="export-preview__bar">
        <p className="export-preview__title">
          Preview <span className="export-preview__form">{formLabels[form]}</span>
        </p>
        <p className="export-preview__hint">As the site’s stylesheet shows it. Pictures from other sites show as grey boxes.</p>
        <Button size="small" onClick={onClose}>
          Back to the text
        </Button>
      </div>
      <iframe className="export-preview__frame" title={`Export preview: ${formLabels[form]}`} sandbox="allow-same-origin" srcDoc={srcDoc} />
    </section>
  );
}
