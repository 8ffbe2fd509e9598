import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Theme } from '@fluentui/react/lib/Theme';
import { focusRing, formStyles } from '../../../components/formStyles';

export type RaiseClasses = Record<
  | 'root'
  | 'exitSticky'
  | 'exitHint'
  | 'exitButton'
  | 'button'
  | 'primaryButton'
  | 'linkButton'
  | 'actions'
  | 'field'
  | 'input'
  | 'textarea'
  | 'help'
  | 'fieldError'
  | 'fieldWithError'
  | 'fieldset'
  | 'choices'
  | 'choice'
  | 'conditional'
  | 'inset'
  | 'warning'
  | 'problem'
  | 'success'
  | 'errorSummary'
  | 'reference'
  | 'summaryList'
  | 'summaryRow'
  | 'table'
  | 'visuallyHidden',
  string
>;

/** Room kept above a focused control for the sticky Exit this page button (its height and a gap). */
export const EXIT_CLEARANCE = 64;

function makeClasses(theme: Theme): RaiseClasses {
  const s = theme.semanticColors;
  const p = theme.palette;
  const form = formStyles(theme);
  return mergeStyleSets({
    // No fixed widths: a phone at 320px and 400% zoom reflow to one column.
    // Whatever takes focus (a field, or a heading or summary focused by script) stops below the sticky Exit
    // this page button when the browser scrolls it into view, so the button never covers it.
    root: [form.root, { selectors: { 'input, select, textarea, button, a, [tabindex="-1"]': { scrollMarginTop: EXIT_CLEARANCE } } }],
    // GOV.UK's Exit this page is sticky: on a phone (no Shift key) it is the only way out, so it stays on
    // screen while the form scrolls. The row lets clicks through; only the button takes them.
    exitSticky: {
      position: 'sticky',
      top: 0,
      zIndex: 10,
      display: 'flex',
      justifyContent: 'flex-end',
      pointerEvents: 'none',
      margin: '0 0 4px',
      selectors: { '@media print': { display: 'none' } }
    },
    exitHint: [form.help, { textAlign: 'right', margin: '0 0 12px', selectors: { '@media print': { display: 'none' } } }],
    // GOV.UK's warning style: it must be found at once by someone who needs to leave quickly.
    exitButton: [
      form.button,
      { pointerEvents: 'auto', background: '#D4351C', borderColor: '#D4351C', color: '#FFFFFF', fontWeight: 600, selectors: { ':hover': { background: '#AA2A16' }, ':focus-visible': focusRing(p.black) } }
    ],
    button: form.button,
    primaryButton: form.primaryButton,
    linkButton: form.linkButton,
    actions: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', margin: '16px 0' },
    field: form.field,
    input: form.input,
    textarea: [form.input, { minHeight: 120, resize: 'vertical', width: '100%', boxSizing: 'border-box' }],
    help: form.help,
    fieldError: form.fieldError,
    fieldWithError: { borderLeft: `4px solid ${s.errorText}`, paddingLeft: 12 },
    fieldset: { border: 0, padding: 0, margin: '0 0 16px', minWidth: 0, selectors: { legend: { fontWeight: 600, padding: 0, margin: '0 0 6px' } } },
    choices: { display: 'flex', flexDirection: 'column', gap: 8 },
    choice: {
      display: 'flex',
      alignItems: 'flex-start',
      gap: 8,
      selectors: {
        input: { width: 22, height: 22, margin: '2px 0 0', flex: '0 0 auto', accentColor: p.themePrimary },
        'input:focus-visible': focusRing(s.link),
        label: { fontWeight: 400 }
      }
    },
    conditional: { borderLeft: `4px solid ${p.neutralTertiaryAlt}`, padding: '4px 0 4px 16px', margin: '4px 0 8px 10px' },
    inset: { borderLeft: `4px solid ${p.neutralTertiaryAlt}`, padding: '8px 16px', margin: '8px 0 16px', maxWidth: '70ch' },
    warning: { borderLeft: `4px solid ${s.warningIcon ?? p.themePrimary}`, background: s.warningBackground, padding: '8px 16px', margin: '8px 0 16px', maxWidth: '70ch' },
    problem: form.problem,
    success: form.success,
    errorSummary: {
      border: `4px solid ${s.errorText}`,
      padding: '12px 16px',
      margin: '0 0 20px',
      selectors: { ':focus-visible': focusRing(p.black), h2: { fontSize: 20 }, ul: { margin: 0, paddingLeft: 20 }, a: { color: s.errorText, fontWeight: 600 } }
    },
    // GOV.UK summary list: key, answer and Change link in a row; stacked on a phone (flex-wrap, no widths).
    summaryList: { margin: '0 0 20px', padding: 0, maxWidth: '70ch' },
    summaryRow: {
      display: 'flex',
      flexWrap: 'wrap',
      gap: '4px 16px',
      borderBottom: `1px solid ${s.bodyDivider}`,
      padding: '8px 0',
      selectors: {
        dt: { flex: '1 1 12em', fontWeight: 600, margin: 0 },
        'dd:nth-of-type(1)': { flex: '2 1 16em', margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
        'dd:nth-of-type(2)': { flex: '0 0 auto', margin: 0 }
      }
    },
    reference: { display: 'block', fontSize: 28, fontWeight: 700, letterSpacing: '0.08em', margin: '4px 0 8px', fontFamily: 'Consolas, Menlo, monospace' },
    table: {
      borderCollapse: 'collapse',
      margin: '4px 0 12px',
      selectors: {
        caption: { textAlign: 'left', fontWeight: 600, padding: '0 0 6px' },
        'th, td': { borderBottom: `1px solid ${s.bodyDivider}`, padding: '6px 12px 6px 0', textAlign: 'left', verticalAlign: 'top' }
      }
    },
    visuallyHidden: form.visuallyHidden
  });
}

export function useRaiseClasses(): RaiseClasses {
  const theme = useTheme();
  return React.useMemo(() => makeClasses(theme), [theme]);
}
