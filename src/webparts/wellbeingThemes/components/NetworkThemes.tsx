import * as React from 'react';
import * as strings from 'WellbeingThemesWebPartStrings';
import { getId } from '@fluentui/react/lib/Utilities';
import { useWellbeingServices } from '../../../components/ServicesContext';
import { NETWORK_THEME_LIMITS } from '../../../domain/limits';
import { previousQuarter, quarterId, quarterLabel, quarterOf } from '../../../domain/quarters';
import { findIdentifyingText } from '../../../domain/themes';
import { EQUALITY_NETWORKS, EqualityNetwork } from '../../../domain/types';
import { themes } from '../../../referenceData';
import { activeOrganisation } from '../../../domain/organisation';
import { useOrganisation } from '../../../components/organisation';
import type { NetworkThemeInput, NetworkThemeItem } from '../../../services/store/IWellbeingStore';
import type { StoreError } from '../../../services/store/storeErrors';
import { format } from './format';
import { NetworkThemeEntries } from './NetworkThemeEntries';
import { Loading, NoAccess, Problem } from './Notices';
import { networkName, themeName } from './reportTables';
import { useThemesClasses } from './themesStyles';
import { callStore, isNoAccess, useStoreRead } from '../../../components/useStoreRead';

const MAX_COUNT = 999;

export interface NetworkThemeForm {
  network: string;
  quarterId: string;
  serviceAreaId: string;
  themeId: string;
  count: string;
  note: string;
}

export type FormField = 'network' | 'theme' | 'count' | 'note';

/** R19: what stops an entry being saved; the note never carries a name or anything identifying. */
export function validateNetworkTheme(form: NetworkThemeForm): Partial<Record<FormField, string>> {
  const errors: Partial<Record<FormField, string>> = {};
  if ((EQUALITY_NETWORKS as readonly string[]).indexOf(form.network) < 0) {
    errors.network = strings.Errors.network;
  }
  if (!themes.some((t) => t.id === form.themeId)) {
    errors.theme = strings.Errors.theme;
  }
  const count = Number(form.count.trim());
  if (!/^\d+$/.test(form.count.trim()) || count < 1 || count > MAX_COUNT) {
    errors.count = strings.Errors.count;
  }
  if (form.note.length > NETWORK_THEME_LIMITS.note) {
    errors.note = format(strings.Errors.noteTooLong, form.note.length, NETWORK_THEME_LIMITS.note);
  } else {
    const found = findIdentifyingText(form.note);
    if (found.length > 0) {
      errors.note = format(strings.IdentifyingFound, found.map((f) => format(strings.IdentifyingKinds[f.kind], f.text)).join('; '));
    }
  }
  return errors;
}

function toInput(form: NetworkThemeForm): NetworkThemeInput {
  const input: NetworkThemeInput = {
    network: form.network as EqualityNetwork,
    quarterId: form.quarterId,
    themeId: form.themeId,
    count: Number(form.count.trim())
  };
  if (form.serviceAreaId !== '') {
    input.serviceAreaId = form.serviceAreaId;
  }
  if (form.note.trim() !== '') {
    input.note = form.note.trim();
  }
  return input;
}

/** The network reps' view (R19): record a theme they were approached with, and see their own entries. */
export function NetworkThemes(): React.ReactElement {
  const classes = useThemesClasses();
  // Issue 18: the service areas in use (a new entry never names a retired one).
  const organisation = useOrganisation();
  const serviceAreas = React.useMemo(() => activeOrganisation(organisation).serviceAreas, [organisation]);
  const services = useWellbeingServices();
  const [now] = React.useState(() => new Date());
  const quarters = React.useMemo(() => [quarterOf(now), previousQuarter(quarterOf(now))], [now]);
  const [form, setForm] = React.useState<NetworkThemeForm>(() => ({
    network: '',
    quarterId: quarterId(quarters[0]),
    serviceAreaId: '',
    themeId: '',
    count: '',
    note: ''
  }));
  const [errors, setErrors] = React.useState<Partial<Record<FormField, string>>>({});
  const [saving, setSaving] = React.useState(false);
  const [saveError, setSaveError] = React.useState<StoreError | undefined>(undefined);
  const [saved, setSaved] = React.useState('');
  const entries = useStoreRead<NetworkThemeItem[]>(form.quarterId, (store) => store.networkThemes(form.quarterId));
  const ids = React.useMemo(
    () => ({
      network: getId('nt-network'),
      quarter: getId('nt-quarter'),
      serviceArea: getId('nt-area'),
      theme: getId('nt-theme'),
      count: getId('nt-count'),
      note: getId('nt-note'),
      noteHelp: getId('nt-note-help'),
      warning: getId('nt-warning'),
      summary: getId('nt-summary')
    }),
    []
  );
  const refs = {
    network: React.useRef<HTMLSelectElement>(null),
    theme: React.useRef<HTMLSelectElement>(null),
    count: React.useRef<HTMLInputElement>(null),
    note: React.useRef<HTMLTextAreaElement>(null)
  };
  const quarterLabelOf = (id: string): string => quarterLabel(quarters.find((q) => quarterId(q) === id) ?? quarters[0]);

  const update = (field: keyof NetworkThemeForm) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => {
    const value = e.target.value;
    setForm((f) => ({ ...f, [field]: value }));
  };

  const save = async (): Promise<void> => {
    const found = validateNetworkTheme(form);
    setErrors(found);
    setSaved('');
    const first = (['network', 'theme', 'count', 'note'] as FormField[]).find((f) => found[f] !== undefined);
    if (first !== undefined) {
      refs[first].current?.focus();
      return;
    }
    setSaving(true);
    setSaveError(undefined);
    const input = toInput(form);
    const result = await callStore(services.store, (store) => store.addNetworkTheme(input));
    setSaving(false);
    if (!result.ok) {
      setSaveError(result.error);
      return;
    }
    const item = result.value;
    entries.set((list) => (item.quarterId === form.quarterId ? [...list, item] : list));
    setSaved(format(strings.Saved, themeName(item.themeId), networkName(item.network), quarterLabelOf(item.quarterId), item.count));
    // The network and quarter stay for the next entry; the rest starts again.
    setForm((f) => ({ ...f, serviceAreaId: '', themeId: '', count: '', note: '' }));
  };

  const errorText = (field: FormField): React.ReactNode =>
    errors[field] !== undefined ? (
      <span id={`${ids[field]}-error`} className={classes.fieldError}>
        {errors[field]}
      </span>
    ) : null;
  const describedBy = (field: FormField, ...others: string[]): string | undefined => {
    const all = [...others, ...(errors[field] !== undefined ? [`${ids[field]}-error`] : [])];
    return all.length > 0 ? all.join(' ') : undefined;
  };
  const invalid = (field: FormField): true | undefined => (errors[field] !== undefined ? true : undefined);
  const errorList = (['network', 'theme', 'count', 'note'] as FormField[]).filter((f) => errors[f] !== undefined);
  const label = quarterLabelOf(form.quarterId);

  return (
    <>
      <p className={classes.intro}>{strings.NetworkIntro}</p>
      <p id={ids.warning} className={classes.intro}>
        <strong>{strings.NoNamesWarning}</strong>
      </p>
      <h3>{strings.NewEntryHeading}</h3>
      {errorList.length > 0 && (
        <div role="alert" className={classes.problem} id={ids.summary}>
          <p>
            <strong>{strings.ErrorsHeading}</strong>
          </p>
          <ul>
            {errorList.map((f) => (
              <li key={f}>{errors[f]}</li>
            ))}
          </ul>
        </div>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className={classes.field}>
          <label htmlFor={ids.network}>
            {strings.NetworkLabel} <span className={classes.help}>{strings.Required}</span>
          </label>
          {errorText('network')}
          <select
            id={ids.network}
            name="network"
            ref={refs.network}
            className={classes.input}
            value={form.network}
            onChange={update('network')}
            aria-invalid={invalid('network')}
            aria-describedby={describedBy('network')}
          >
            <option value="">{strings.ChooseNetwork}</option>
            {EQUALITY_NETWORKS.map((n) => (
              <option key={n} value={n}>
                {networkName(n)}
              </option>
            ))}
          </select>
        </div>
        <div className={classes.field}>
          <label htmlFor={ids.quarter}>{strings.QuarterLabel}</label>
          <select id={ids.quarter} name="quarterId" className={classes.input} value={form.quarterId} onChange={update('quarterId')}>
            {quarters.map((q) => (
              <option key={quarterId(q)} value={quarterId(q)}>
                {quarterLabel(q)}
              </option>
            ))}
          </select>
        </div>
        <div className={classes.field}>
          <label htmlFor={ids.serviceArea}>{strings.ServiceAreaLabel}</label>
          <select id={ids.serviceArea} name="serviceAreaId" className={classes.input} value={form.serviceAreaId} onChange={update('serviceAreaId')}>
            <option value="">{strings.AnyServiceArea}</option>
            {serviceAreas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className={classes.field}>
          <label htmlFor={ids.theme}>
            {strings.ThemeLabel} <span className={classes.help}>{strings.Required}</span>
          </label>
          {errorText('theme')}
          <select
            id={ids.theme}
            name="themeId"
            ref={refs.theme}
            className={classes.input}
            value={form.themeId}
            onChange={update('themeId')}
            aria-invalid={invalid('theme')}
            aria-describedby={describedBy('theme')}
          >
            <option value="">{strings.ChooseTheme}</option>
            {themes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div className={classes.field}>
          <label htmlFor={ids.count}>
            {strings.CountLabel} <span className={classes.help}>{strings.Required}</span>
          </label>
          {errorText('count')}
          <input
            id={ids.count}
            name="count"
            ref={refs.count}
            className={classes.input}
            style={{ width: '8em' }}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={form.count}
            onChange={update('count')}
            aria-invalid={invalid('count')}
            aria-describedby={describedBy('count')}
          />
        </div>
        <div className={classes.field} style={{ maxWidth: '60em' }}>
          <label htmlFor={ids.note}>{strings.NoteLabel}</label>
          <span id={ids.noteHelp} className={classes.help}>
            {strings.NoteHelp}
          </span>
          {errorText('note')}
          <textarea
            id={ids.note}
            name="note"
            ref={refs.note}
            className={classes.input}
            rows={3}
            value={form.note}
            onChange={update('note')}
            aria-invalid={invalid('note')}
            aria-describedby={describedBy('note', ids.noteHelp, ids.warning)}
          />
        </div>
        <button type="submit" className={classes.primaryButton} disabled={saving} data-action="save">
          {strings.Save}
        </button>
      </form>
      <div role="status" className={classes.status}>
        {saving ? strings.Saving : saved !== '' ? <p className={classes.success}>{saved}</p> : null}
      </div>
      {saveError && <Problem what={strings.SaveFailed} error={saveError} onRetry={() => void save()} />}

      <h3>{format(strings.MyEntriesHeading, label)}</h3>
      <p>{strings.MyEntriesIntro}</p>
      {entries.state.status === 'loading' && <Loading />}
      {entries.state.status === 'failed' &&
        (isNoAccess(entries.state.error) ? (
          <NoAccess view="networkThemes" />
        ) : (
          <Problem what={strings.LoadFailed} error={entries.state.error} onRetry={entries.retry} />
        ))}
      {entries.state.status === 'ready' && <NetworkThemeEntries entries={entries.state.value} classes={classes} rowHeader="theme" tableKey="myEntries" caption={format(strings.MyEntriesCaption, label)} empty={format(strings.MyEntriesEmpty, label)} />}
    </>
  );
}
