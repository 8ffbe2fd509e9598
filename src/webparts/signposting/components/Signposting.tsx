import * as React from 'react';
import * as strings from 'SignpostingWebPartStrings';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { withEntry } from '../../../domain/entry';
import { isWebAddress, supportEntriesForContext, telHref } from '../../../domain/support';
import { PAGE_CONTEXTS, PageContext, SupportEntry } from '../../../domain/types';
import seedDirectory from '../../../referenceData/supportDirectory.json';
import { getId } from '@fluentui/react/lib/Utilities';
import { DirectoryState, useSupportDirectory } from './useSupportDirectory';

export interface ISignpostingProps {
  pageContext: PageContext;
  raiseConcernPageUrl: string;
}

/** The web part's properties as an editor sets them -> the component's props (the web part and the preview share this). */
export function signpostingProps(properties: { pageContext?: string; raiseConcernPageUrl?: string }): ISignpostingProps {
  return {
    pageContext: PAGE_CONTEXTS.find((c) => c === properties.pageContext) ?? 'general',
    raiseConcernPageUrl: (properties.raiseConcernPageUrl ?? '').trim()
  };
}

const format = (template: string, ...values: string[]): string => values.reduce((text, v, i) => text.replace(`{${i}}`, v), template);

/** R9: the 24/7 line as the council seeded it, shown even when the list cannot be read. */
const STAFF_SUPPORT: SupportEntry[] = (seedDirectory as SupportEntry[]).filter((e) => e.id === 'staff-support');

function useClasses(): ReturnType<typeof makeClasses> {
  const theme = useTheme();
  return React.useMemo(() => makeClasses(theme.semanticColors.link, theme.palette.themePrimary, theme.palette.white, theme.semanticColors.bodyDivider), [theme]);
}

function makeClasses(link: string, primary: string, onPrimary: string, divider: string): Record<'root' | 'cta' | 'list' | 'entry' | 'contact' | 'muted', string> {
  return mergeStyleSets({
    root: { maxWidth: '100%', overflowWrap: 'anywhere', selectors: { 'h2, h3, h4': { fontWeight: 600, margin: '0 0 8px' }, h2: { fontSize: 20 }, h3: { fontSize: 18 }, h4: { fontSize: 16 } } },
    cta: {
      display: 'inline-block',
      background: primary,
      color: onPrimary,
      padding: '10px 16px',
      minHeight: 44,
      borderRadius: 2,
      fontWeight: 600,
      textDecoration: 'none',
      margin: '4px 0 16px',
      selectors: { ':hover': { textDecoration: 'underline' }, ':focus-visible': { outline: `3px solid ${link}`, outlineOffset: 2 } }
    },
    list: { listStyle: 'none', padding: 0, margin: 0 },
    entry: { borderTop: `1px solid ${divider}`, padding: '12px 0', selectors: { p: { margin: '0 0 6px' } } },
    contact: { margin: '4px 0', selectors: { a: { color: link, minHeight: 24, display: 'inline-block' } } },
    muted: { fontStyle: 'italic' }
  });
}

function Contact(props: { entry: SupportEntry; className: string }): React.ReactElement {
  const { entry } = props;
  return (
    <>
      {entry.phone && (
        <p className={props.className}>
          <a href={telHref(entry.phone)}>{format(strings.CallLabel, entry.title, entry.phone)}</a>
        </p>
      )}
      {entry.hours && <p className={props.className}>{format(strings.OpeningHours, entry.hours)}</p>}
      {entry.email && (
        <p className={props.className}>
          <a href={`mailto:${entry.email}`}>{format(strings.EmailLabel, entry.title, entry.email)}</a>
        </p>
      )}
      {entry.url && isWebAddress(entry.url) && (
        <p className={props.className}>
          <a href={entry.url}>{format(strings.WebsiteLabel, entry.title)}</a>
        </p>
      )}
      {entry.note && <p className={props.className}>{entry.note}</p>}
    </>
  );
}

function EntryList(props: { entries: SupportEntry[]; classes: ReturnType<typeof makeClasses> }): React.ReactElement {
  return (
    <ul className={props.classes.list}>
      {props.entries.map((entry) => (
        <li key={entry.id} className={props.classes.entry}>
          <h4>{entry.title}</h4>
          <p>{entry.description}</p>
          <Contact entry={entry} className={props.classes.contact} />
        </li>
      ))}
    </ul>
  );
}

function Directory(props: { state: DirectoryState; context: PageContext; retry: () => void; classes: ReturnType<typeof makeClasses> }): React.ReactElement {
  const { state, classes } = props;
  if (state.status === 'loading') {
    return <Spinner label={strings.Loading} ariaLive="polite" labelPosition="right" />;
  }
  if (state.status === 'failed') {
    const reason =
      state.kind === 'throttled' || state.kind === 'offline'
        ? strings.LoadFailedReasons[state.kind]
        : state.kind === 'noPermission' || state.kind === 'signedOut'
          ? strings.LoadFailedReasons.forbidden
          : strings.LoadFailedReasons.other;
    // R9: whatever SharePoint says, the 24/7 line is always there for someone who needs it now.
    return (
      <>
        <div role="alert">
          <p>
            {strings.LoadFailed} {reason}
          </p>
          <button type="button" onClick={props.retry}>
            {strings.TryAgain}
          </button>
        </div>
        <p>{strings.NeedSomeoneNow}</p>
        <EntryList entries={STAFF_SUPPORT} classes={classes} />
      </>
    );
  }
  const entries = supportEntriesForContext(state.entries, props.context);
  return entries.length === 0 ? <p className={classes.muted}>{strings.NoEntries}</p> : <EntryList entries={entries} classes={classes} />;
}

/** The Wellbeing signposting web part's screen (R1, R7, R8, R9). */
export function Signposting(props: ISignpostingProps): React.ReactElement {
  const classes = useClasses();
  const { state, retry } = useSupportDirectory();
  const headingId = React.useMemo(() => getId('signposting'), []);
  return (
    <section className={classes.root} aria-labelledby={headingId}>
      <h2 id={headingId}>{strings.Headings[props.pageContext]}</h2>
      {strings.Explanations[props.pageContext].map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {props.raiseConcernPageUrl ? (
        <a className={classes.cta} href={withEntry(props.raiseConcernPageUrl, props.pageContext)}>
          {strings.RaiseConcernLink}
        </a>
      ) : (
        <p className={classes.muted}>{strings.RaiseConcernLinkMissing}</p>
      )}
      <h3>{strings.ContactsHeading}</h3>
      <Directory state={state} context={props.pageContext} retry={retry} classes={classes} />
    </section>
  );
}
