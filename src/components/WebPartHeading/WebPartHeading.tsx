import * as React from 'react';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { formStyles } from '../formStyles';

/** The web part's title as its editor typed it in the property pane ('' or undefined: none). */
export const WebPartTitleContext = React.createContext<string | undefined>(undefined);

export interface IWebPartHeadingProps {
  id: string;
  /**
   * What the web part is, for screen readers, when the editor left the title empty (the page's own title,
   * its h1, already says it): the region keeps its name and the headings inside stay one level below it.
   */
  fallback?: string;
  /**
   * The fallback is the web part's own words for where it is (not the page's title), so it stays visible
   * when no title is set.
   */
  showFallback?: boolean;
}

/**
 * The web part's h2. A SharePoint page already carries its title, so the web part's title is a property,
 * empty by default, and shows as the heading only when an editor sets it; otherwise the heading is there
 * for screen readers alone, so the page's h1 stays the top and nothing repeats it on screen.
 */
export function WebPartHeading(props: IWebPartHeadingProps): React.ReactElement | null {
  const title = (React.useContext(WebPartTitleContext) ?? '').trim();
  const theme = useTheme();
  const hidden = React.useMemo(() => mergeStyles(formStyles(theme).visuallyHidden), [theme]);
  if (title !== '') {
    return (
      <h2 id={props.id} data-web-part-title="set">
        {title}
      </h2>
    );
  }
  // No fallback: the web part's own step headings are its structure (the raise form); nothing to add.
  if (props.fallback === undefined) return null;
  return (
    <h2 id={props.id} className={props.showFallback ? undefined : hidden} data-web-part-title={props.showFallback ? 'own' : 'hidden'}>
      {props.fallback}
    </h2>
  );
}
