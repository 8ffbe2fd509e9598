import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { focusRing, formStyles } from '../../../components/formStyles';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Theme } from '@fluentui/react/lib/Theme';
import type { BarTone } from './reportTables';
import { statusColours } from '../../../components/teamsTheme';

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
  | 'muted'
  | 'screenHidden'
  | 'disclosure'
  | 'wideButton'
  | 'folded'
  | 'legend'
  | 'summary',
  string
>;

function makeClasses(theme: Theme): ThemesClasses {
  const s = theme.semanticColors;
  const p = theme.palette;
  const form = formStyles(theme);
  return mergeStyleSets({
    root: [form.root, { selectors: { '@media print': { color: '#000', fontSize: '10.5pt' } } }],
    intro: { maxWidth: '75ch' },
    toolbar: {
      display: 'flex',
      flexWrap: 'wrap',
      gap: 12,
      alignItems: 'flex-end',
      margin: '12px 0 16px',
      selectors: { '> *': { minWidth: 0, maxWidth: '100%' } }
    },
    button: form.button,
    primaryButton: form.primaryButton,
    field: form.field,
    input: form.input,
    help: form.help,
    fieldError: form.fieldError,
    problem: form.problem,
    status: { margin: '8px 0' },
    success: form.success,
    noPrint: { selectors: { '@media print': { display: 'none !important' } } },
    section: { margin: '0 0 8px', selectors: { '@media print': { breakInside: 'avoid', pageBreakInside: 'avoid' } } },
    // The chart beside its table where both fit (a page SMT read in about three screens, issue 15), the chart
    // above the table where they do not: at 400% zoom and on a phone each takes the whole width.
    sectionBody: {
      display: 'flex',
      flexWrap: 'wrap',
      gap: '4px 32px',
      alignItems: 'flex-start',
      selectors: {
        '> [role="img"]': { flex: '1 1 28em', maxWidth: '36em' },
        '> [role="region"]': { flex: '3 1 30em', minWidth: 0 }
      }
    },
    scroll: {
      overflowX: 'auto',
      maxWidth: '100%',
      // the containing block of the visually hidden words of a [c] cell, so they scroll with the table
      // instead of widening the page at 320 px (WCAG 1.4.10)
      position: 'relative',
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
        // a long column heading wraps so that a table beside its chart needs no sideways scroll
        'thead th.num': { whiteSpace: 'normal' },
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
    visuallyHidden: form.visuallyHidden,
    muted: { color: s.bodySubtext, fontStyle: 'italic' },
    // Collapsed on screen, always printed (print keeps every table and row, R18).
    screenHidden: { display: 'none', selectors: { '@media print': { display: 'revert' } } },
    disclosure: [
      form.button,
      { display: 'inline-block', margin: '0 0 0 8px', fontSize: 14, fontWeight: 400, padding: '2px 8px', minHeight: 24, textAlign: 'left', whiteSpace: 'nowrap', height: 'auto', verticalAlign: 'baseline' }
    ],
    // A long label wraps at 320 px rather than widening the page (WCAG 1.4.10).
    wideButton: [form.button, { whiteSpace: 'normal', height: 'auto', maxWidth: '100%', textAlign: 'left', margin: '4px 0 12px' }],
    folded: { fontWeight: 400, fontStyle: 'italic', color: s.bodyText },
    legend: { fontWeight: 600, maxWidth: '75ch' },
    // a string: Fluent's mergeStyles turns a bare number into pixels (1.5px lines printed over each other)
    summary: { fontSize: 18, lineHeight: '1.5', maxWidth: '70ch', margin: '4px 0 12px' }
  });
}

export function useThemesClasses(): ThemesClasses {
  const theme = useTheme();
  return React.useMemo(() => makeClasses(theme), [theme]);
}

/**
 * Bar colours with at least 3:1 contrast on the web part's background (light, or Teams dark and high contrast);
 * the row label always says Green, Amber or Red too, so colour is never the only signal.
 */
export function toneColour(theme: Theme, tone: BarTone | undefined): string {
  return tone === undefined || tone === 'neutral' ? theme.palette.themePrimary : statusColours(theme)[tone];
}

/** A4 and no SharePoint chrome margins when the page is printed (the web part's own rules are above). */
export const PRINT_PAGE_CSS = '@media print { @page { size: A4 portrait; margin: 14mm 12mm; } }';
