import * as React from 'react';
import * as strings from 'WellbeingThemesWebPartStrings';
import { useOrganisationNames } from '../../../components/organisation';
import { getId } from '@fluentui/react/lib/Utilities';
import type { NetworkThemeItem } from '../../../services/store/IWellbeingStore';
import { networkName, serviceAreaName, themeName } from './reportTables';
import type { ThemesClasses } from './themesStyles';

/**
 * R19: network theme entries as a table: a rep's own (led by theme) in the network themes view, or every
 * network's for the quarter (led by network) in the publish view.
 */
export function NetworkThemeEntries(props: {
  entries: NetworkThemeItem[];
  classes: ThemesClasses;
  /** What each row is headed by, and so the first column. */
  rowHeader: 'theme' | 'network';
  caption: string;
  empty: string;
  /** data-table, for tests and the CSV export. */
  tableKey: string;
}): React.ReactElement {
  const { classes } = props;
  const names = useOrganisationNames();
  const captionId = React.useMemo(() => getId(`themes-${props.tableKey}`), [props.tableKey]);
  if (props.entries.length === 0) {
    return <p>{props.empty}</p>;
  }
  const c = strings.EntryColumns;
  const byTheme = props.rowHeader === 'theme';
  return (
    <div className={classes.scroll} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={classes.table} data-table={props.tableKey}>
        <caption id={captionId}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{byTheme ? c.theme : c.network}</th>
            <th scope="col">{byTheme ? c.network : c.theme}</th>
            <th scope="col">{c.serviceArea}</th>
            <th scope="col" className="num">
              {c.count}
            </th>
            <th scope="col">{c.note}</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((e) => (
            <tr key={e.id}>
              <th scope="row">{byTheme ? themeName(e.themeId) : networkName(e.network)}</th>
              <td>{byTheme ? networkName(e.network) : themeName(e.themeId)}</td>
              <td>{e.serviceAreaId ? serviceAreaName(e.serviceAreaId, names) : strings.NoServiceArea}</td>
              <td className="num">{e.count}</td>
              <td>{e.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
