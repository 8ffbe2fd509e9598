import * as React from 'react';
import * as strings from 'SignpostingWebPartStrings';
// Fluent UI from its own paths only: this web part loads on many pages for every member of staff.
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { getId } from '@fluentui/react/lib/Utilities';
import { WebPartHeading } from '../../../components/WebPartHeading';
import { withEntry } from '../../../domain/entry';
import { isWebAddress, supportEntriesForContext, telHref } from '../../../domain/support';
import { PAGE_CONTEXTS, PageContext, SupportEntry } from '../../../domain/types';
import { DirectoryState, useSupportDirectory } from './useSupportDirectory';

export interface ISignpostingProps {
  /** Which page the web part sits on (R1): picks the explanation and the directory entries. */
  pageContext: PageContext;
  /** The page with "Raise a wellbeing concern"; empty: no link (an editor's hint instead). */
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

/**
 * R9: the one entry built into the bundle (from the loc file, not the reference data, so the bundle carries
 * one entry and not the directory), shown whenever the list cannot be read: someone who needs help at 11 pm
 * always gets the 24/7 line.
 */
export function staffSupportFallback(): SupportEntry {
  return { id: 'staff-support', kind: 'service', contexts: [...PAGE_CONTEXTS], order: 10, ...strings.StaffSupportFallback };
}

type Classes = Record<'root' | 'cta' | 'list' | 'entry' | 'contact' | 'retry' | 'loading' | 'muted', string>;

function useClasses(): Classes {
  const theme = useTheme();
  return React.useMemo(() => {
    const { semanticColors: colours } = theme;
    // Visible focus on everything that takes it (WCAG 2.4.7), whatever the page's own styles do.
    const focus = { outline: `2px solid ${colours.focusBorder}`, outlineOffset: 2 };
    return mergeStyleSets({
      // No fixed widths: it reflows at 400% zoom and in a one-third column.
      root: {
        maxWidth: '100%',
        overflowWrap: 'anywhere',
        selectors: {
          'h2, h3, h4': { fontWeight: 600, margin: '16px 0 8px' },
          h2: { fontSize: 20, marginTop: 0 },
          h3: { fontSize: 18 },
          h4: { fontSize: 16, margin: '0 0 4px' },
          p: { margin: '0 0 8px' },
          'a:focus-visible, button:focus-visible': focus
        }
      },
      cta: {
        display: 'inline-block',
        background: colours.primaryButtonBackground,
        color: colours.primaryButtonText,
        border: '2px solid transparent',
        padding: '10px 16px',
        borderRadius: 2,
        fontWeight: 600,
        textDecoration: 'none',
        margin: '4px 0 8px',
        selectors: {
          ':hover': { background: colours.primaryButtonBackgroundHovered, color: colours.primaryButtonTextHovered, textDecoration: 'underline' },
          ':visited': { color: colours.primaryButtonText }
        }
      },
      list: { listStyle: 'none', padding: 0, margin: 0 },
      entry: { borderTop: `1px solid ${colours.bodyDivider}`, padding: '12px 0' },
      // Underlined: links are told apart by more than colour (WCAG 1.4.1). 24px targets (WCAG 2.5.8).
      contact: { selectors: { a: { color: colours.link, textDecoration: 'underline', display: 'inline-block', minHeight: 24 } } },
      retry: {
        minHeight: 32,
        padding: '4px 16px',
        margin: '0 0 12px',
        font: 'inherit',
        fontWeight: 600,
        color: colours.buttonText,
        background: colours.buttonBackground,
        border: `1px solid ${colours.buttonBorder}`,
        borderRadius: 2,
        cursor: 'pointer',
        selectors: { ':hover': { background: colours.buttonBackgroundHovered } }
      },
      loading: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, margin: '0 0 8px' },
      muted: { fontStyle: 'italic' }
    });
  }, [theme]);
}

/** A link's words say where it goes and what it does (WCAG 2.4.4): "Call Staff Support on 0800 ...". */
function Contacts(props: { entry: SupportEntry }): React.ReactElement {
  const { entry } = props;
  const isDocument = entry.kind === 'policy' || entry.kind === 'procedure';
  return (
    <>
      {entry.phone && (
        <p>
          <a href={telHref(entry.phone)}>{format(strings.CallLabel, entry.title, entry.phone)}</a>
        </p>
      )}
      {entry.hours && <p>{format(strings.OpeningHours, entry.hours)}</p>}
      {entry.email && (
        <p>
          <a href={`mailto:${entry.email}`}>{format(strings.EmailLabel, entry.title, entry.email)}</a>
        </p>
      )}
      {/* A list edit cannot turn a link into script: only http(s) addresses become links. */}
      {entry.url && isWebAddress(entry.url) && (
        <p>
          <a href={entry.url}>{format(isDocument ? strings.DocumentLabel : strings.WebsiteLabel, entry.title)}</a>
        </p>
      )}
      {entry.note && <p>{entry.note}</p>}
    </>
  );
}

function EntryList(props: { entries: SupportEntry[]; classes: Classes }): React.ReactElement {
  return (
    <ul className={props.classes.list}>
      {props.entries.map((entry) => (
        <li key={entry.id} className={props.classes.entry}>
          <h4>{entry.title}</h4>
          {entry.description && <p>{entry.description}</p>}
          <div className={props.classes.contact}>
            <Contacts entry={entry} />
          </div>
        </li>
      ))}
    </ul>
  );
}

function failureReason(kind: Extract<DirectoryState, { status: 'failed' }>['kind']): string {
  switch (kind) {
    case 'throttled':
    case 'serverError':
      return strings.LoadFailedReasons.throttled;
    case 'offline':
      return strings.LoadFailedReasons.offline;
    case 'noPermission':
    case 'signedOut':
      return strings.LoadFailedReasons.forbidden;
    default:
      return strings.LoadFailedReasons.other;
  }
}

function Directory(props: { state: DirectoryState; context: PageContext; retry: () => void; classes: Classes }): React.ReactElement {
  const { state, classes } = props;
  if (state.status === 'loading') {
    // Fluent's Spinner announces only its ariaLabel (a polite status region); its visible label would be read
    // twice, so the visible words are hidden from screen readers instead.
    return (
      <div className={classes.loading}>
        <Spinner ariaLabel={strings.Loading} ariaLive="polite" />
        <span aria-hidden="true">{strings.Loading}</span>
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <>
        <div role="alert">
          <p>
            {strings.LoadFailed} {failureReason(state.kind)}
          </p>
        </div>
        <button type="button" className={classes.retry} onClick={props.retry}>
          {strings.TryAgain}
        </button>
        {/* R9: whatever SharePoint says, the 24/7 line is there for someone who needs it now. */}
        <p>{strings.NeedSomeoneNow}</p>
        <EntryList entries={[staffSupportFallback()]} classes={classes} />
      </>
    );
  }
  const entries = supportEntriesForContext(state.entries, props.context);
  return entries.length === 0 ? <p className={classes.muted}>{strings.NoEntries}</p> : <EntryList entries={entries} classes={classes} />;
}

/** The Wellbeing signposting web part's screen (R1, R7, R8, R9). Its heading is h2: it sits inside a page. */
export function Signposting(props: ISignpostingProps): React.ReactElement {
  const classes = useClasses();
  const { state, retry } = useSupportDirectory();
  const headingId = React.useMemo(() => getId('signposting'), []);
  return (
    <section className={classes.root} aria-labelledby={headingId}>
      {/* Its own words for the page it is on (not the page's title), so they show when no title is set. */}
      <WebPartHeading id={headingId} fallback={strings.Headings[props.pageContext]} showFallback />
      {strings.Explanations[props.pageContext].map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {props.raiseConcernPageUrl ? (
        // R1: the raise page learns which page the person came from (an induction page: a new starter).
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
