import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Theme } from '@fluentui/react/lib/Theme';
import { formStyles } from '../../../components/formStyles';
import { statusColours } from '../../../components/teamsTheme';
import { londonLongDate, londonShortDateTime } from '../../../domain/londonTime';

export type TriageClasses = Record<
  | 'root'
  | 'button'
  | 'primaryButton'
  | 'linkButton'
  | 'field'
  | 'input'
  | 'textarea'
  | 'help'
  | 'fieldError'
  | 'problem'
  | 'success'
  | 'warning'
  | 'toolbar'
  | 'counts'
  | 'count'
  | 'countAlert'
  | 'table'
  | 'tag'
  | 'overdue'
  | 'panel'
  | 'section'
  | 'facts'
  | 'choices'
  | 'visuallyHidden',
  string
>;

/**
 * RAG and overdue are always words; these colours only add to them, with their contrast kept on the web part's
 * background (light page, section background, Teams dark or high contrast).
 */
export function ragColours(theme: Theme): Readonly<Record<string, string>> {
  const c = statusColours(theme);
  return { Green: c.green, Amber: c.amber, Red: c.red };
}

function makeClasses(theme: Theme): TriageClasses {
  const s = theme.semanticColors;
  const p = theme.palette;
  const form = formStyles(theme);
  const RAG_COLOURS = ragColours(theme);
  return mergeStyleSets({
    root: form.root,
    button: form.button,
    primaryButton: form.primaryButton,
    linkButton: form.linkButton,
    field: form.field,
    input: form.input,
    textarea: [form.input, { minHeight: 100, width: '100%', boxSizing: 'border-box', resize: 'vertical' }],
    help: form.help,
    fieldError: form.fieldError,
    problem: form.problem,
    success: form.success,
    warning: { borderLeft: `4px solid ${s.warningIcon ?? p.themePrimary}`, background: s.warningBackground, padding: '8px 14px', margin: '8px 0 14px' },
    toolbar: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', margin: '8px 0 12px', selectors: { '> *': { minWidth: 0, maxWidth: '100%', margin: 0 } } },
    counts: { display: 'flex', flexWrap: 'wrap', gap: 12, margin: '0 0 12px', padding: 0, listStyle: 'none' },
    count: { border: `1px solid ${s.bodyDivider}`, padding: '6px 12px', fontWeight: 600 },
    countAlert: { border: `2px solid ${RAG_COLOURS.Red}`, color: RAG_COLOURS.Red, padding: '6px 12px', fontWeight: 700 },
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      selectors: {
        caption: { textAlign: 'left', fontWeight: 600, padding: '0 0 6px' },
        'th, td': { borderBottom: `1px solid ${s.bodyDivider}`, padding: '6px 8px', textAlign: 'left', verticalAlign: 'top' },
        'thead th': { borderBottom: `2px solid ${s.bodyText}` },
        // Overdue rows stand out by a red bar and the words "Overdue by", not by a tint the links would fade on.
        'tr[data-overdue="true"] th': { borderLeft: `6px solid ${RAG_COLOURS.Red}` },
        // The case history's cells wrap a long word (a name, a pasted address) at 320px rather than widen the page.
        '&[data-events] td': { overflowWrap: 'anywhere' }
      }
    },
    tag: { display: 'inline-block', borderLeft: '6px solid transparent', paddingLeft: 6, fontWeight: 600 },
    overdue: { color: RAG_COLOURS.Red, fontWeight: 700 },
    panel: { border: `1px solid ${s.bodyDivider}`, padding: '12px 16px', margin: '8px 0 16px' },
    section: { borderTop: `1px solid ${s.bodyDivider}`, paddingTop: 8, marginTop: 16 },
    // minmax(0, 1fr): a long word in a value wraps (overflowWrap anywhere) instead of widening the page at 320px.
    facts: { display: 'grid', gridTemplateColumns: 'minmax(8em, max-content) minmax(0, 1fr)', gap: '4px 16px', margin: '0 0 12px', selectors: { dt: { fontWeight: 600 }, dd: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } } },
    choices: { display: 'flex', flexDirection: 'column', gap: 8, selectors: { label: { display: 'flex', gap: 8, alignItems: 'flex-start', fontWeight: 400 }, input: { width: 20, height: 20, margin: '2px 0 0', flex: '0 0 auto' } } },
    visuallyHidden: form.visuallyHidden
  });
}

export function useTriageClasses(): TriageClasses {
  const theme = useTheme();
  return React.useMemo(() => makeClasses(theme), [theme]);
}

const fill = (template: string, ...values: Array<string | number>): string =>
  values.reduce<string>((text, v, i) => text.split(`{${i}}`).join(String(v)), template);
export { fill };

export const dateTime = (d: Date): string => londonShortDateTime(d);
export const date = (d: Date): string => londonLongDate(d);
