import { useRef, useState } from 'react';
import type { Author } from '../../shared/story/story-schema';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import { Button } from '../ui/Button';

type Photo = NonNullable<Author['photo']>;

/** Where the page finds a stored image: images/<sha256>.<ext>, relative to itself. */
function photoUrl(photo: Photo): string {
  return `images/${photo.sha256}.${photo.ext}`;
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? (words.at(-1)?.[0] ?? '') : '')).toUpperCase();
}

/** The author's photo, or their initials in a circle; decorative, as the name is always beside it. */
export function AuthorAvatar({ name, photo, size = 28 }: { name: string; photo: Author['photo']; size?: number }) {
  return photo === null ? (
    <span className="author-avatar author-avatar--initials" style={{ width: size, height: size }} aria-hidden="true">
      {initials(name)}
    </span>
  ) : (
    <img className="author-avatar" src={photoUrl(photo)} alt="" width={size} height={size} />
  );
}

type AuthorPhotoFieldProps = {
  name: string;
  photo: Author['photo'];
  onChange: (photo: Author['photo']) => void;
};

/** Choose, replace or remove an author's photo; the file is copied into the profile straight away. */
export function AuthorPhotoField({ name, photo, onChange }: AuthorPhotoFieldProps) {
  const api = useApi();
  const fileRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async (file: File | undefined) => {
    if (file === undefined) return;
    setBusy(true);
    try {
      const stored = await api.importImage({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      onChange({ sha256: stored.sha256, ext: stored.ext });
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
      if (fileRef.current !== null) fileRef.current.value = '';
    }
  };

  return (
    <div className="author-photo-field">
      <AuthorAvatar name={name} photo={photo} size={40} />
      <Button size="small" disabled={busy} onClick={() => fileRef.current?.click()}>
        {photo === null ? 'Add photo…' : 'Change photo…'}
      </Button>
      {photo !== null && (
        <Button size="small" variant="quiet" aria-label="Remove photo" onClick={() => onChange(null)}>
          Remove
        </Button>
      )}
      <input
        ref={fileRef}
        type="file"
        accept="image/jpeg,image/png,image/gif,image/webp"
        hidden
        aria-label="Photo file"
        onChange={(event) => void importFile(event.target.files?.[0])}
      />
      {error !== null && (
        <p className="authors-screen__error author-photo-field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
