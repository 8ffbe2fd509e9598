import * as React from 'react';
import * as strings from 'WellbeingThemesWebPartStrings';
import { getId } from '@fluentui/react/lib/Utilities';
import { LazyView, ViewLoader } from '../../../components/LazyView';
import { WebPartHeading } from '../../../components/WebPartHeading';
import type { ThemeAccess } from '../../../services/store/IWellbeingStore';
import { Loading, NoAccess, Problem } from './Notices';
import { useThemesClasses } from './themesStyles';
import { useStoreRead } from '../../../components/useStoreRead';
import { OrganisationProvider } from '../../../components/organisation';
import type { OrganisationData } from '../../../services/store/organisation';
import { IWellbeingThemesProps, ThemesView } from './wellbeingThemesProps';

export { wellbeingThemesProps } from './wellbeingThemesProps';
export type { IWellbeingThemesProps, ThemesView } from './wellbeingThemesProps';

// Each view is its own chunk: the SMT page never downloads the publishing code, the network reps' page
// never downloads the report or its charts.
const VIEW_LOADERS: Record<ThemesView, ViewLoader<Record<string, never>>> = {
  published: () =>
    import(/* webpackChunkName: 'wellbeing-themes-published' */ './PublishedThemes').then((m) => ({ default: m.PublishedThemes })),
  publish: () => import(/* webpackChunkName: 'wellbeing-themes-publish' */ './PublishThemes').then((m) => ({ default: m.PublishThemes })),
  networkThemes: () =>
    import(/* webpackChunkName: 'wellbeing-themes-network' */ './NetworkThemes').then((m) => ({ default: m.NetworkThemes }))
};

/** R21: which views SharePoint will let this person use. */
export function mayUse(view: ThemesView, access: ThemeAccess): boolean {
  switch (view) {
    case 'publish':
      return access.publish;
    case 'networkThemes':
      return access.recordNetworkThemes;
    default:
      return access.readPublished;
  }
}

/** The Wellbeing themes web part's screen: one of three views, as the editor placed it (R18, R19, R21). */
export function WellbeingThemes(props: Partial<IWellbeingThemesProps>): React.ReactElement {
  const view: ThemesView = props.view ?? 'published';
  const classes = useThemesClasses();
  const access = useStoreRead<ThemeAccess>('access', (store) => store.themeAccess());
  // Issue 18: the names of service areas, teams and office bases as the site holds them (retired ones included:
  // an old report keeps its names).
  const organisation = useStoreRead<OrganisationData>('organisation', (store) => store.organisation());
  const headingId = React.useMemo(() => getId('wellbeing-themes'), []);

  let content: React.ReactElement;
  if (access.state.status === 'loading') {
    content = <Loading label={strings.CheckingAccess} />;
  } else if (access.state.status === 'failed') {
    content = <Problem what={strings.LoadFailed} error={access.state.error} onRetry={access.retry} />;
  } else if (!mayUse(view, access.state.value)) {
    content = <NoAccess view={view} />;
  } else if (organisation.state.status === 'loading') {
    content = <Loading label={strings.Loading} />;
  } else if (organisation.state.status === 'failed') {
    content = <Problem what={strings.LoadFailed} error={organisation.state.error} onRetry={organisation.retry} />;
  } else {
    content = (
      <OrganisationProvider value={organisation.state.value.organisation}>
        <LazyView viewKey={view} load={VIEW_LOADERS[view]} viewProps={{}} loadingLabel={strings.Loading} failedText={strings.LoadFailed} />
      </OrganisationProvider>
    );
  }
  return (
    <section className={classes.root} aria-labelledby={headingId} data-themes-view={view}>
      <WebPartHeading id={headingId} fallback={strings.Headings[view]} />
      {content}
    </section>
  );
}
