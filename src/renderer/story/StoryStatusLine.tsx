import type { SectionSettings } from '../../shared/settings/settings-schema';
import { useLiveValue, type LiveValue } from '../editor/live-value';
import type { HouseStyleSession } from '../house-style/house-style-session';
import { HouseStyleCount } from '../house-style/HouseStyleCount';
import { DeskConnection } from '../newsroom/DeskConnection';
import type { DeskStatus } from '../newsroom/use-desk-status';
import { SpellingCount } from '../spelling/SpellingCount';
import { usePageSaveState, type PageSaves } from './page-save-state';
import { StatusBar, type StatusBarProps } from './StatusBar';

type StoryStatusLineProps = {
  words: LiveValue<number>;
  target: SectionSettings['targetWords'] | undefined;
  /** The page's saves: the status line follows them without the page redrawing at each save. */
  saves: PageSaves;
  houseStyle: HouseStyleSession | null;
  onOpenHouseStyle: () => void;
  deskStatus: DeskStatus | null;
};

/** The story page's status line: the word count against the section's target, the save state, the checks' counts and the desk. */
export function StoryStatusLine({ houseStyle, onOpenHouseStyle, deskStatus, ...rest }: StoryStatusLineProps) {
  return (
    <LiveStatusBar
      desk={<DeskConnection status={deskStatus} />}
      houseStyle={
        houseStyle === null ? undefined : (
          <>
            <HouseStyleCount session={houseStyle} onOpen={onOpenHouseStyle} />
            {houseStyle.spelling !== null && <SpellingCount spelling={houseStyle.spelling} onOpen={onOpenHouseStyle} />}
          </>
        )
      }
      {...rest}
    />
  );
}

type LiveStatusBarProps = Omit<StatusBarProps, 'wordCount' | 'saveState' | 'saveError'> & { words: LiveValue<number>; saves: PageSaves };

/** Follows the editor's live word count and the page's saves without re-rendering the page, or the counts beside it. */
function LiveStatusBar({ words, saves, ...rest }: LiveStatusBarProps) {
  const { state, error } = usePageSaveState(saves);
  return <StatusBar wordCount={useLiveValue(words)} saveState={state} saveError={error} {...rest} />;
}
