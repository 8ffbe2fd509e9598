import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';

export interface IBarChartBar {
  key: string;
  label: string;
  /** The figure as the table next to the chart writes it ("12", "fewer than 3"). */
  valueText: string;
  /** The number to draw; only for a figure that is shown. */
  value?: number;
  /**
   * R20: a hidden figure. It is drawn as a distinct, labelled state (an outlined, hatched label), never as a
   * bar: a bar of any length would suggest a value.
   */
  suppressed?: boolean;
  /** A bar colour with at least 3:1 contrast on the page; the label always says what it means too. */
  colour?: string;
}

export interface IBarChartProps {
  bars: ReadonlyArray<IBarChartBar>;
  /** The chart's accessible name, pointing to the data table that carries the same figures. */
  label: string;
}

type Classes = Record<'chart' | 'row' | 'label' | 'track' | 'bar' | 'value' | 'suppressed', string>;

function useClasses(): Classes {
  const theme = useTheme();
  return React.useMemo(
    () =>
      mergeStyleSets({
        chart: { margin: '8px 0 12px', maxWidth: '100%', printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' },
        row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 12, rowGap: 2, padding: '3px 0' },
        label: { flex: '1 1 12em', maxWidth: '100%', minWidth: 0, overflowWrap: 'anywhere' },
        track: { flex: '3 1 14em', display: 'flex', alignItems: 'center', gap: 8, minWidth: 0, minHeight: 24 },
        bar: { height: 20, minWidth: 0, borderRadius: 2, flex: 'none' },
        value: { fontWeight: 600, whiteSpace: 'nowrap' },
        suppressed: {
          display: 'inline-block',
          padding: '1px 8px',
          border: `2px dashed ${theme.semanticColors.bodySubtext}`,
          borderRadius: 2,
          fontStyle: 'italic',
          color: theme.semanticColors.bodyText,
          background: `repeating-linear-gradient(135deg, transparent 0 6px, ${theme.palette.neutralLighter} 6px 12px)`
        }
      }),
    [theme]
  );
}

/**
 * A horizontal bar chart drawn with plain elements: light, crisp at any zoom, and it reflows at 400%.
 * Screen readers meet it as one image whose name points to the data table that always comes with it.
 */
export function BarChart(props: IBarChartProps): React.ReactElement {
  const classes = useClasses();
  const theme = useTheme();
  const max = props.bars.reduce((m, b) => (b.suppressed || b.value === undefined ? m : Math.max(m, b.value)), 0);
  return (
    <div role="img" aria-label={props.label} className={classes.chart}>
      {props.bars.map((bar) => (
        <div key={bar.key} className={classes.row} data-bar={bar.key}>
          <span className={classes.label}>{bar.label}</span>
          <span className={classes.track}>
            {bar.suppressed || bar.value === undefined ? (
              <span className={classes.suppressed} data-suppressed="true">
                {bar.valueText}
              </span>
            ) : (
              <>
                <span
                  className={classes.bar}
                  style={{
                    width: max === 0 || bar.value === 0 ? 0 : `max(3px, calc((100% - 5em) * ${bar.value / max}))`,
                    background: bar.colour ?? theme.palette.themePrimary
                  }}
                />
                <span className={classes.value}>{bar.valueText}</span>
              </>
            )}
          </span>
        </div>
      ))}
    </div>
  );
}
