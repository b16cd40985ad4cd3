import { useCallback, useEffect, useState } from 'react';
import type { Author } from '../../shared/story/story-schema';
import { useApi } from '../api/api-context';
import { useBackToLibrary } from '../app/use-back-to-library';
import { errorMessage } from '../api/client';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { useDebouncedValue } from '../ui/use-debounced-value';
import { AuthorEditDialog } from './AuthorEditDialog';
import { AuthorAvatar } from './AuthorPhoto';
import { MergeAuthorsDialog } from './MergeAuthorsDialog';

/**
 * The author directory: find an author, correct their details, or merge a
 * duplicate into the author to keep. Stories keep their own role and
 * organisation for each byline; a name change shows everywhere.
 */
export function AuthorsScreen() {
  const api = useApi();
  const [query, setQuery] = useState('');
  const [authors, setAuthors] = useState<Author[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Author | null>(null);
  const [merging, setMerging] = useState<Author | null>(null);
  const search = useDebouncedValue(query.trim(), 120);

  const load = useCallback(
    () =>
      api.listAuthors({ query: search }).then(
        (found) => {
          setAuthors(found);
          setError(null);
        },
        (failure: unknown) => setError(errorMessage(failure)),
      ),
    [api, search],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const back = useBackToLibrary();

  return (
    <div className="authors-screen">
      <header className="authors-screen__bar">
        <Button variant="quiet" onClick={back}>
          <Icon name="back" size={16} />
          Library
        </Button>
        <h1 className="authors-screen__title">Authors</h1>
      </header>
      <main className="authors-screen__body" aria-labelledby="authors-title">
        <div className="authors-screen__inner">
          <h2 id="authors-title" className="visually-hidden">
            Author directory
          </h2>
          <input
            type="search"
            className="form-field__input authors-screen__search"
            aria-label="Search authors"
            placeholder="Search authors by name"
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && query !== '') {
                event.preventDefault();
                setQuery('');
              }
            }}
          />
          {error !== null && (
            <p className="authors-screen__error" role="alert">
              {error}
            </p>
          )}
          {authors !== null && authors.length === 0 && (
            <p className="panel-section__empty">
              {search === ''
                ? 'No authors yet. Add one from a story’s Bylines panel.'
                : `No author’s name contains “${search}”.`}
            </p>
          )}
          {authors !== null && authors.length > 0 && (
            <table className="author-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Role</th>
                  <th scope="col">Organisation</th>
                  <th scope="col">Email</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {authors.map((author) => (
                  <tr key={author.id}>
                    <td>
                      <span className="author-table__who">
                        <AuthorAvatar name={author.name} photo={author.photo} />
                        {author.name}
                      </span>
                    </td>
                    <td>{author.role}</td>
                    <td>{author.organisation}</td>
                    <td>{author.email}</td>
                    <td>
                      <div className="author-table__actions">
                        <Button size="small" aria-label={`Edit ${author.name}`} onClick={() => setEditing(author)}>
                          Edit
                        </Button>
                        <Button size="small" variant="quiet" aria-label={`Merge ${author.name} into another author`} onClick={() => setMerging(author)}>
                          Merge…
                        </Button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </main>
      {editing !== null && (
        <AuthorEditDialog
          author={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void load();
          }}
        />
      )}
      {merging !== null && (
        <MergeAuthorsDialog
          merge={merging}
          onClose={() => setMerging(null)}
          onMerged={() => {
            setMerging(null);
            void load();
          }}
        />
      )}
    </div>
  );
}
