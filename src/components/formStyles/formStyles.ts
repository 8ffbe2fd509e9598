import { IStyle } from '@fluentui/react/lib/Styling';
import type { Theme } from '@fluentui/react/lib/Theme';

/** A visible focus ring (WCAG 2.4.7, 2.4.13) that does not depend on the page's own styles. */
export const focusRing = (colour: string): IStyle => ({ outline: `3px solid ${colour}`, outlineOffset: '2px' });

export type FormStyleName =
  | 'root'
  | 'button'
  | 'linkButton'
  | 'primaryButton'
  | 'field'
  | 'input'
  | 'help'
  | 'fieldError'
  | 'problem'
  | 'success'
  | 'visuallyHidden';

/**
 * The styles every wellbeing form shares (themes, raising, triage), from the section's theme so they work on
 * section backgrounds and in Teams: 44px-wide targets, visible focus, errors marked by a border as well as
 * colour, no fixed widths (400% zoom reflows).
 */
export function formStyles(theme: Theme): Record<FormStyleName, IStyle> {
  const s = theme.semanticColors;
  const p = theme.palette;
  const button: IStyle = {
    font: 'inherit',
    minHeight: 36,
    minWidth: 44,
    padding: '6px 16px',
    borderRadius: 2,
    cursor: 'pointer',
    border: `1px solid ${p.neutralSecondary}`,
    background: s.buttonBackground,
    color: s.buttonText,
    selectors: {
      ':hover': { background: s.buttonBackgroundHovered },
      ':focus-visible': focusRing(s.link),
      ':disabled': { cursor: 'not-allowed', color: s.disabledText, background: s.disabledBackground, borderColor: s.disabledBorder }
    }
  };
  return {
    // No fixed widths: a phone at 320px and 400% zoom reflow to one column.
    root: {
      maxWidth: '100%',
      // break-word, not anywhere: "anywhere" would let a table shrink to one letter a line
      overflowWrap: 'break-word',
      fontSize: 16,
      lineHeight: '1.45',
      color: s.bodyText,
      selectors: {
        'h2, h3, h4': { fontWeight: 600, margin: '20px 0 8px' },
        h2: { fontSize: 24, marginTop: 0 },
        h3: { fontSize: 20 },
        h4: { fontSize: 17 },
        p: { margin: '0 0 10px', maxWidth: '75ch' },
        // WCAG 2.5.8: links in a list are at least 24px tall, with space between them.
        li: { margin: '0 0 6px' },
        'li > a': { display: 'inline-block', minHeight: 24, paddingTop: 2 },
        a: { color: s.link },
        'a:focus-visible, [tabindex="-1"]:focus-visible': focusRing(s.link)
      }
    },
    button,
    // A button that reads as a link (open a case, pick a person): 24px tall, underlined, visible focus.
    linkButton: {
      font: 'inherit',
      background: 'none',
      border: 0,
      padding: '2px 0',
      minHeight: 24,
      color: s.link,
      textDecoration: 'underline',
      cursor: 'pointer',
      textAlign: 'left',
      selectors: { ':focus-visible': focusRing(s.link) }
    },
    primaryButton: [
      button,
      {
        background: p.themePrimary,
        borderColor: p.themePrimary,
        color: p.white,
        fontWeight: 600,
        selectors: { ':hover': { background: p.themeDark }, ':focus-visible': focusRing(p.themeDarker) }
      }
    ],
    field: { display: 'flex', flexDirection: 'column', gap: 4, margin: '0 0 14px', maxWidth: '40em', minWidth: 0, selectors: { label: { fontWeight: 600 } } },
    input: {
      font: 'inherit',
      minHeight: 32,
      padding: '4px 8px',
      border: `1px solid ${p.neutralSecondary}`,
      borderRadius: 2,
      background: s.inputBackground,
      color: s.inputText,
      maxWidth: '100%',
      minWidth: 0,
      selectors: { ':focus-visible': focusRing(s.link), '&[aria-invalid="true"]': { borderColor: s.errorText, borderWidth: 2 } }
    },
    help: { color: s.bodySubtext, fontSize: 14 },
    fieldError: { color: s.errorText, fontWeight: 600 },
    problem: {
      borderLeft: `4px solid ${s.errorText}`,
      background: s.errorBackground,
      color: s.bodyText,
      padding: '10px 14px',
      margin: '8px 0 14px',
      selectors: { p: { margin: '0 0 8px' } }
    },
    success: { borderLeft: `4px solid ${s.successIcon}`, background: s.successBackground, padding: '10px 14px', color: s.bodyText },
    visuallyHidden: {
      position: 'absolute',
      width: 1,
      height: 1,
      margin: -1,
      padding: 0,
      overflow: 'hidden',
      clip: 'rect(0 0 0 0)',
      whiteSpace: 'nowrap',
      border: 0
    }
  };
}
