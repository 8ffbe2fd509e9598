import * as React from 'react';
import { IStyle, mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Theme } from '@fluentui/react/lib/Theme';
import type { BarTone } from './reportTables';

export type ThemesClasses = Record<
  | 'root'
  | 'intro'
  | 'toolbar'
  | 'button'
  | 'primaryButton'
  | 'field'
  | 'input'
  | 'help'
  | 'fieldError'
  | 'problem'
  | 'status'
  | 'success'
  | 'noPrint'
  | 'section'
  | 'sectionBody'
  | 'scroll'
  | 'table'
  | 'total'
  | 'child'
  | 'suppressed'
  | 'keyFigures'
  | 'keyFigure'
  | 'keyValue'
  | 'commentary'
  | 'confirm'
  | 'visuallyHidden'
  | 'muted',
  string
>;

const focusRing = (colour: string): IStyle => ({ outline: `3px solid ${colour}`, outlineOffset: '2px' });

function makeClasses(theme: Theme): ThemesClasses {
  const s = theme.semanticColors;
  const p = theme.palette;
  const buttonBase: IStyle = {
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
  return mergeStyleSets({
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
        '@media print': { color: '#000', fontSize: '10.5pt' }
      }
    },
    intro: { maxWidth: '75ch' },
    toolbar: {
      display: 'flex',
      flexWrap: 'wrap',
      gap: 12,
      alignItems: 'flex-end',
      margin: '12px 0 16px',
      selectors: { '> *': { minWidth: 0, maxWidth: '100%' } }
    },
    button: buttonBase,
    primaryButton: [
      buttonBase,
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
    status: { margin: '8px 0' },
    success: { borderLeft: `4px solid ${s.successIcon}`, background: s.successBackground, padding: '10px 14px', color: s.bodyText },
    noPrint: { selectors: { '@media print': { display: 'none !important' } } },
    section: { margin: '0 0 8px', selectors: { '@media print': { breakInside: 'avoid', pageBreakInside: 'avoid' } } },
    // The chart above its table, both full width: tables of teams are wide, and side by side they scroll.
    sectionBody: { display: 'flex', flexDirection: 'column', gap: 4, selectors: { '> [role="img"]': { maxWidth: '56em' } } },
    scroll: {
      overflowX: 'auto',
      maxWidth: '100%',
      selectors: { ':focus-visible': focusRing(s.link), '@media print': { overflow: 'visible' } }
    },
    table: {
      borderCollapse: 'collapse',
      margin: '4px 0 12px',
      minWidth: '100%',
      selectors: {
        caption: { textAlign: 'left', fontWeight: 600, padding: '0 0 6px', captionSide: 'top' },
        'th, td': { borderBottom: `1px solid ${s.bodyDivider}`, padding: '6px 10px', textAlign: 'left', verticalAlign: 'top', overflowWrap: 'normal' },
        'tbody th': { minWidth: '10em' },
        'td.num, th.num': { textAlign: 'right', whiteSpace: 'nowrap' },
        // a hidden count's words wrap inside a cell of a readable width
        'td.num[data-suppressed]': { whiteSpace: 'normal', minWidth: '9em', maxWidth: '14em' },
        'thead th': { borderBottom: `2px solid ${s.bodyText}` },
        '@media print': { selectors: { 'th, td': { padding: '3px 6px' } } }
      }
    },
    total: { fontWeight: 600 },
    child: { paddingLeft: '28px !important', fontWeight: 400 },
    suppressed: { fontStyle: 'italic' },
    keyFigures: { display: 'flex', flexWrap: 'wrap', gap: 12, margin: '8px 0 16px', padding: 0, listStyle: 'none' },
    keyFigure: {
      flex: '1 1 10em',
      border: `1px solid ${s.bodyDivider}`,
      borderTop: `4px solid ${p.themePrimary}`,
      padding: '8px 12px',
      selectors: { '@media print': { breakInside: 'avoid' } }
    },
    keyValue: {
      display: 'block',
      fontSize: 24,
      fontWeight: 600,
      margin: '4px 0 0',
      selectors: { '&[data-suppressed]': { fontSize: 16, fontWeight: 400, fontStyle: 'italic' } }
    },
    commentary: { whiteSpace: 'pre-wrap', maxWidth: '75ch', borderLeft: `4px solid ${s.bodyDivider}`, paddingLeft: 12 },
    confirm: { border: `2px solid ${p.themePrimary}`, padding: '12px 16px', margin: '12px 0', maxWidth: '60em' },
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
    },
    muted: { color: s.bodySubtext, fontStyle: 'italic' }
  });
}

export function useThemesClasses(): ThemesClasses {
  const theme = useTheme();
  return React.useMemo(() => makeClasses(theme), [theme]);
}

/**
 * Bar colours with at least 3:1 contrast on white; the row label always says Green, Amber or Red too,
 * so colour is never the only signal.
 */
export function toneColour(theme: Theme, tone: BarTone | undefined): string {
  switch (tone) {
    case 'green':
      return '#107C10';
    case 'amber':
      return '#A35200';
    case 'red':
      return '#A4262C';
    case 'grey':
      return '#605E5C';
    default:
      return theme.palette.themePrimary;
  }
}

/** A4 and no SharePoint chrome margins when the page is printed (the web part's own rules are above). */
export const PRINT_PAGE_CSS = '@media print { @page { size: A4 portrait; margin: 14mm 12mm; } }';
