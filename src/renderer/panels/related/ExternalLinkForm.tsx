import { useId, useRef, useState, type FormEvent } from 'react';
import { relatedLinkSchema, type RelatedLinkInput } from '../../../shared/story/story-schema';
import { Button } from '../../ui/Button';

type ExternalLink = Extract<RelatedLinkInput, { kind: 'external' }>;
type FieldName = 'url' | 'headline' | 'standfirst' | 'byline' | 'imageUrl';
type Values = Record<FieldName, string>;

const EMPTY: Values = { url: '', headline: '', standfirst: '', byline: '', imageUrl: '' };

const FIELDS: ReadonlyArray<{ name: FieldName; label: string; hint?: string; multiline?: boolean; type?: 'url' }> = [
  { name: 'url', label: 'URL', hint: 'https://…', type: 'url' },
  { name: 'headline', label: 'Headline' },
  { name: 'standfirst', label: 'Standfirst', multiline: true },
  { name: 'byline', label: 'Byline', hint: 'e.g. Jane Smith' },
  { name: 'imageUrl', label: 'Image URL', hint: 'Optional: https://…', type: 'url' },
];

/** The contract's message as a sentence under the field. */
function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

type ExternalLinkFormProps = {
  /** URLs already in the list: the same page is not linked twice. */
  linkedUrls: ReadonlySet<string>;
  onAdd: (link: ExternalLink) => void;
};

/** "Add a published story by URL": a story on the website or elsewhere, given by hand, checked by the contract's rules. */
export function ExternalLinkForm({ linkedUrls, onAdd }: ExternalLinkFormProps) {
  const id = useId();
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<Partial<Values>>({});
  const inputs = useRef<Partial<Record<FieldName, HTMLInputElement | HTMLTextAreaElement | null>>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const candidate = {
      kind: 'external' as const,
      url: values.url.trim(),
      headline: values.headline.trim(),
      standfirst: values.standfirst.trim(),
      byline: values.byline.trim(),
      imageUrl: values.imageUrl.trim(),
    };
    const parsed = relatedLinkSchema.safeParse(candidate);
    const found: Partial<Values> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as FieldName;
        found[field] ??= sentence(issue.message);
      }
    } else if (linkedUrls.has(candidate.url)) {
      found.url = 'This page is already in the list.';
    }
    setErrors(found);
    const firstWrong = FIELDS.find((field) => found[field.name] !== undefined);
    if (firstWrong !== undefined) {
      inputs.current[firstWrong.name]?.focus();
      return;
    }
    if (parsed.success && parsed.data.kind === 'external') {
      onAdd(parsed.data);
      setValues(EMPTY);
      inputs.current.url?.focus();
    }
  };

  return (
    <form className="external-link-form" aria-label="Add a published story by URL" noValidate onSubmit={submit}>
      {FIELDS.map((field) => {
        const inputId = `${id}-${field.name}`;
        const error = errors[field.name];
        const common = {
          id: inputId,
          className: 'related-field__input',
          value: values[field.name],
          placeholder: field.hint,
          'aria-invalid': error !== undefined,
          'aria-describedby': error === undefined ? undefined : `${inputId}-error`,
          onChange: (event: { target: { value: string } }) => {
            const value = event.target.value;
            setValues((current) => ({ ...current, [field.name]: value }));
          },
        };
        return (
          <div key={field.name} className="related-field">
            <label className="related-field__label" htmlFor={inputId}>
              {field.label}
            </label>
            {field.multiline === true ? (
              <textarea {...common} rows={2} ref={(node) => void (inputs.current[field.name] = node)} />
            ) : (
              <input
                {...common}
                type={field.type ?? 'text'}
                spellCheck={field.type !== 'url'}
                ref={(node) => void (inputs.current[field.name] = node)}
              />
            )}
            {error !== undefined && (
              <p id={`${inputId}-error`} className="related-field__error">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <Button type="submit" size="small">
        Add link
      </Button>
    </form>
  );
}
