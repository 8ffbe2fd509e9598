/*
 * SharePoint gives the web parts in a section with a background a variant of the site theme; the preview does
 * the same for its sections, from the colours the page paints (preview/style.ts).
 */
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { SectionBackground } from '../pages';
import { PALETTE, sectionBackgroundColour } from '../style';

export function sectionTheme(background: SectionBackground): PartialTheme | undefined {
  if (background === 'none') return undefined;
  const bodyBackground = sectionBackgroundColour(background);
  if (background === 'strong') {
    return {
      semanticColors: {
        bodyBackground,
        bodyText: PALETTE.white,
        bodySubtext: PALETTE.white,
        link: PALETTE.white,
        linkHovered: PALETTE.white,
        bodyStandoutBackground: PALETTE.themeDarker
      }
    };
  }
  // Links darken on a tinted section, as SharePoint's soft and neutral variants do, to keep their contrast.
  return { semanticColors: { bodyBackground, bodyStandoutBackground: bodyBackground, link: PALETTE.themeDark, linkHovered: PALETTE.themeDarker } };
}
