import * as React from 'react';
import * as strings from 'WellbeingStrings';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { StoreError } from '../../services/store/storeErrors';
import type { SiteSchemaStatus } from '../../services/siteSchema/siteSchema';
import { ServicesContext } from '../ServicesContext';
import { formStyles } from '../formStyles';

export type SiteBehind = Extract<SiteSchemaStatus, { status: 'behind' }>;

// Failures a missing list or column can cause (400 unknown column, 404 missing list, or SharePoint's own 500).
// Throttling, sign-out, no permission, conflicts and a lost connection are never a schema that is behind.
const SCHEMA_SHAPED: ReadonlySet<StoreError['kind']> = new Set<StoreError['kind']>(['invalidInput', 'notFound', 'serverError', 'unknown']);

/**
 * After a failure that a site behind the package could explain, asks once whether it is (services.siteSchema):
 * the site's recorded schema version against the package's. Undefined while asking, when it is not behind,
 * and for every other failure, so a healthy page never pays for the check.
 */
export function useSiteBehind(error: StoreError | undefined): SiteBehind | undefined {
  const readStatus = React.useContext(ServicesContext)?.siteSchema;
  const [behind, setBehind] = React.useState<SiteBehind | undefined>(undefined);
  const check = error !== undefined && SCHEMA_SHAPED.has(error.kind) && readStatus !== undefined;
  React.useEffect(() => {
    if (!check || !readStatus) return undefined;
    let current = true;
    readStatus().then(
      (status) => current && setBehind(status.status === 'behind' ? status : undefined),
      () => current && setBehind(undefined)
    );
    return () => {
      current = false;
    };
  }, [readStatus, check]);
  return check ? behind : undefined;
}

const fill = (template: string, ...values: (string | number)[]): string =>
  values.reduce<string>((text, value, i) => text.split(`{${i}}`).join(String(value)), template);

export interface ISiteBehindNoticeProps {
  behind: SiteBehind;
  /** What did not happen ("The report was not published."), when something was being done. */
  what?: string;
  /** What was kept ("Everything you typed is still here."). */
  reassurance?: string;
}

/**
 * The data site is older than this package: say so plainly, and who can fix it, instead of SharePoint's
 * complaint about a missing column. No "Try again": nothing the reader does can help until it is upgraded.
 */
export function SiteBehindNotice(props: ISiteBehindNoticeProps): React.ReactElement {
  const theme = useTheme();
  const classes = React.useMemo(() => mergeStyleSets({ notice: formStyles(theme).problem }), [theme]);
  const t = strings.SiteBehind;
  const { siteVersion, packageVersion } = props.behind;
  return (
    <div role="alert" className={classes.notice} data-site-behind="">
      <p>
        <strong>{t.title}</strong>
      </p>
      <p>
        {props.what ? `${props.what} ` : ''}
        {t.body}
        {props.reassurance ? ` ${props.reassurance}` : ''}
      </p>
      <p>{siteVersion === undefined ? fill(t.neverProvisioned, packageVersion) : fill(t.versions, siteVersion, packageVersion)}</p>
    </div>
  );
}
