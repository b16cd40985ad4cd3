import { lazy } from 'react';

/*
 * The screens besides the story page, each loaded the first time it is
 * shown: a story opened by its address starts without parsing (or keeping
 * in memory) the library, the author directory or the settings.
 */
export const LibraryScreen = lazy(() => import('../library/LibraryScreen').then((module) => ({ default: module.LibraryScreen })));
export const AuthorsScreen = lazy(() => import('../authors/AuthorsScreen').then((module) => ({ default: module.AuthorsScreen })));
export const SettingsScreen = lazy(() => import('../settings/SettingsScreen').then((module) => ({ default: module.SettingsScreen })));
