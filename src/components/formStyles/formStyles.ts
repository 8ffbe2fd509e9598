import { IStyle } from '@fluentui/react/lib/Styling';
import type { Theme } from '@fluentui/react/lib/Theme';

/** A visible focus ring (WCAG 2.4.7, 2.4.13) that does not depend on the page's own styles. */
export const focusRing = (colour: string): IStyle => ({ outline: `3px solid ${colour}`, outlineOffset: '2px' });

export type FormStyleName =
  | 'button'
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
    button,
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
