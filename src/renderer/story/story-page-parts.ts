import { lazy } from 'react';

/*
 * The story page's parts that are not on screen when a story opens: each
 * loads the first time it is shown, so opening a story parses and keeps in
 * memory only the text, its fields and the panel open by default.
 */
export const ExportPanel = lazy(() => import('../export/ExportPanel').then((module) => ({ default: module.ExportPanel })));
export const ExportPreview = lazy(() => import('../export/ExportPreview').then((module) => ({ default: module.ExportPreview })));
export const ReadyChecklist = lazy(() => import('../export/ReadyChecklist').then((module) => ({ default: module.ReadyChecklist })));
export const PublishingPanel = lazy(() => import('../panels/publishing/PublishingPanel').then((module) => ({ default: module.PublishingPanel })));
export const RelatedPanel = lazy(() => import('../panels/related/RelatedPanel').then((module) => ({ default: module.RelatedPanel })));
export const HouseStylePanel = lazy(() => import('../panels/house-style/HouseStylePanel').then((module) => ({ default: module.HouseStylePanel })));
export const HistoryPanel = lazy(() => import('../panels/history/HistoryPanel').then((module) => ({ default: module.HistoryPanel })));
export const HistoryCompare = lazy(() => import('../panels/history/HistoryCompare').then((module) => ({ default: module.HistoryCompare })));
