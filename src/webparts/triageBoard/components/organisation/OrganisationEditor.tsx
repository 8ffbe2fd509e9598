// Issue 18: the site owners run the organisation (service areas with their route (R6), teams, office bases (R18))
// from here, without a developer: add, rename, retire (never delete: old records and reports keep the name), by
// keyboard, each refusal said in words. Every change is saved with the ETag it was read with, so a colleague's
// change at the same moment is a conflict that loses nothing: theirs is shown and what was typed stays. Only the
// site owners may save (SharePoint refuses anyone else, and the screen says so plainly).
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Problem, problemText } from '../../../../components/Problem';
import { useStoreRead } from '../../../../components/useStoreRead';
import { useWellbeingServices } from '../../../../components/ServicesContext';
import { londonDate } from '../../../../domain/londonTime';
import {
  keyForNewEntry,
  OrganisationEntry,
  OrganisationError,
  OrganisationKind,
  retireEntry,
  SERVICE_AREA_ROUTES,
  validateOrganisationEntry
} from '../../../../domain/organisation';
import type { Route } from '../../../../domain/types';
import type { OrganisationData, OrganisationRow } from '../../../../services/store/organisation';
import type { StoreError } from '../../../../services/store/storeErrors';
import { date, fill, useTriageClasses } from '../triageStyles';

const o = strings.Organisation;
const KINDS: readonly OrganisationKind[] = ['serviceArea', 'team', 'office'];

type Editing = { kind: 'rename'; row: OrganisationRow; name: string } | { kind: 'retire'; row: OrganisationRow } | undefined;

interface NewEntry {
  name: string;
  serviceAreaKey: string;
  route: string;
}

const EMPTY_NEW: NewEntry = { name: '', serviceAreaKey: '', route: '' };

/** Why a save failed, in this screen's words where it has its own (conflict, not an owner). */
function saveProblem(error: StoreError): string {
  if (error.kind === 'conflict') return o.Conflict;
  if (error.kind === 'noPermission') return o.OwnersOnly;
  return problemText(error);
}

function errorText(e: OrganisationError, kind: OrganisationKind): string {
  return o.Errors[e.problem].split('{0}').join(o.KindNames[kind]);
}

export function OrganisationEditor(props: { now?: Date }): React.ReactElement {
  const services = useWellbeingServices();
  const classes = useTriageClasses();
  const read = useStoreRead<OrganisationData>('organisation', (store) => store.organisation());
  const [editing, setEditing] = React.useState<Editing>(undefined);
  const [adding, setAdding] = React.useState<Record<OrganisationKind, NewEntry>>({ serviceArea: EMPTY_NEW, team: EMPTY_NEW, office: EMPTY_NEW });
  const [errors, setErrors] = React.useState<{ where: string; list: OrganisationError[] } | undefined>(undefined);
  const [problem, setProblem] = React.useState<{ where: string; text: string } | undefined>(undefined);
  const [said, setSaid] = React.useState('');
  const [saving, setSaving] = React.useState(false);
  /** Where focus goes once React has painted the next state (an id). */
  const focusNext = React.useRef<string | undefined>(undefined);

  React.useEffect(() => {
    if (focusNext.current === undefined) return;
    const target = document.getElementById(focusNext.current);
    if (target) {
      target.focus();
      focusNext.current = undefined;
    }
  });

  if (read.state.status === 'loading') return <Spinner label={strings.Loading} ariaLive="polite" labelPosition="right" />;
  if (read.state.status === 'failed') return <Problem what={strings.LoadFailed} error={read.state.error} onRetry={read.retry} />;
  const rows = read.state.value.rows;
  const areaName = (key: string | undefined): string => rows.find((r) => r.kind === 'serviceArea' && r.key === key)?.name ?? o.UnknownServiceArea;
  const today = londonDate(props.now ?? new Date());

  /** Saves one entry; on a conflict the rows are read again (theirs shown) and what was typed stays. */
  const save = async (where: string, entry: OrganisationEntry, before?: OrganisationRow): Promise<boolean> => {
    const found = validateOrganisationEntry(entry, rows, before);
    if (found.length > 0) {
      setErrors({ where, list: found });
      setProblem(undefined);
      focusNext.current = `${where}-${found[0].field === 'key' ? 'name' : found[0].field}`;
      return false;
    }
    setErrors(undefined);
    setProblem(undefined);
    setSaving(true);
    const store = await services.store();
    const result = await store.saveOrganisationEntry(entry, before === undefined ? undefined : { id: before.id, etag: before.etag });
    setSaving(false);
    if (!result.ok) {
      setProblem({ where, text: saveProblem(result.error) });
      if (result.error.kind === 'conflict') read.retry();
      focusNext.current = `${where}-problem`;
      return false;
    }
    const saved = result.value;
    read.set((data) => {
      const next = before === undefined ? [...data.rows, saved] : data.rows.map((r) => (r.id === saved.id ? saved : r));
      return { rows: next, organisation: data.organisation };
    });
    return true;
  };

  const rename = async (row: OrganisationRow, name: string): Promise<void> => {
    const where = `org-${row.key}`;
    if (await save(where, { ...stripRow(row), name }, row)) {
      setEditing(undefined);
      setSaid(fill(o.Renamed, row.name, name.trim()));
      focusNext.current = `${where}-rename`;
    }
  };

  const retire = async (row: OrganisationRow): Promise<void> => {
    const where = `org-${row.key}`;
    if (await save(where, retireEntry(stripRow(row), today), row)) {
      setEditing(undefined);
      setSaid(fill(o.Retired, row.name));
      focusNext.current = `${where}-status`;
    }
  };

  const add = async (kind: OrganisationKind): Promise<void> => {
    const form = adding[kind];
    const where = `org-add-${kind}`;
    const entry: OrganisationEntry = { kind, key: keyForNewEntry(kind, form.name, rows), name: form.name };
    if (kind === 'team') entry.serviceAreaKey = form.serviceAreaKey;
    if (kind === 'serviceArea' && form.route !== '') entry.route = form.route as Route;
    if (await save(where, entry)) {
      setAdding((a) => ({ ...a, [kind]: EMPTY_NEW }));
      setSaid(fill(o.Added, form.name.trim()));
      focusNext.current = `org-${entry.key}-rename`;
    }
  };

  const fieldError = (where: string, field: OrganisationError['field'], kind: OrganisationKind): string | undefined => {
    const e = errors?.where === where ? errors.list.find((x) => x.field === field || (field === 'name' && x.field === 'key')) : undefined;
    return e === undefined ? undefined : errorText(e, kind);
  };

  const problemAt = (where: string): React.ReactElement | null =>
    problem?.where === where ? (
      <p id={`${where}-problem`} tabIndex={-1} className={classes.problem} data-save-problem="true">
        {problem.text}
      </p>
    ) : null;

  const textInput = (where: string, label: string, value: string, onChange: (v: string) => void, kind: OrganisationKind): React.ReactElement => {
    const error = fieldError(where, 'name', kind);
    return (
      <div className={classes.field}>
        <label htmlFor={`${where}-name`}>{label}</label>
        {error && (
          <span id={`${where}-name-error`} className={classes.fieldError}>
            {error}
          </span>
        )}
        <input
          id={`${where}-name`}
          className={classes.input}
          type="text"
          value={value}
          maxLength={300}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${where}-name-error` : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
    );
  };

  const select = (where: string, field: 'serviceAreaKey' | 'route', label: string, value: string, options: [string, string][], onChange: (v: string) => void, kind: OrganisationKind): React.ReactElement => {
    const error = fieldError(where, field, kind);
    return (
      <div className={classes.field}>
        <label htmlFor={`${where}-${field}`}>{label}</label>
        {error && (
          <span id={`${where}-${field}-error`} className={classes.fieldError}>
            {error}
          </span>
        )}
        <select
          id={`${where}-${field}`}
          className={classes.input}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${where}-${field}-error` : undefined}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">{o.Choose}</option>
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      </div>
    );
  };

  const activeAreas = rows.filter((r) => r.kind === 'serviceArea' && !r.retiredOn).map((r): [string, string] => [r.key, r.name]);

  const section = (kind: OrganisationKind): React.ReactElement => {
    const mine = rows.filter((r) => r.kind === kind).sort((a, b) => Number(!!a.retiredOn) - Number(!!b.retiredOn) || a.name.localeCompare(b.name));
    const where = `org-add-${kind}`;
    const form = adding[kind];
    const setForm = (patch: Partial<NewEntry>): void => setAdding((a) => ({ ...a, [kind]: { ...a[kind], ...patch } }));
    return (
      <section key={kind} className={classes.section} aria-labelledby={`org-${kind}-heading`} data-organisation-kind={kind}>
        <h3 id={`org-${kind}-heading`}>{o.Headings[kind]}</h3>
        <table className={classes.table}>
          <caption className={classes.visuallyHidden}>{o.Headings[kind]}</caption>
          <thead>
            <tr>
              <th scope="col">{o.ColName}</th>
              {kind === 'team' && <th scope="col">{o.ColServiceArea}</th>}
              {kind === 'serviceArea' && <th scope="col">{o.ColRoute}</th>}
              <th scope="col">{o.ColStatus}</th>
              <th scope="col">{o.ColActions}</th>
            </tr>
          </thead>
          <tbody>
            {mine.map((row) => {
              const rowWhere = `org-${row.key}`;
              const renaming = editing?.kind === 'rename' && editing.row.id === row.id ? editing : undefined;
              const retiring = editing?.kind === 'retire' && editing.row.id === row.id;
              return (
                <tr key={row.id} data-org-key={row.key} data-retired={row.retiredOn ? 'true' : 'false'}>
                  <th scope="row">
                    {renaming ? (
                      <form
                        onSubmit={(e) => {
                          e.preventDefault();
                          if (!saving) void rename(row, renaming.name);
                        }}
                      >
                        {textInput(rowWhere, fill(o.NewNameFor, row.name), renaming.name, (name) => setEditing({ ...renaming, name }), kind)}
                        <div className={classes.toolbar}>
                          <button type="submit" className={classes.primaryButton} disabled={saving}>
                            {o.SaveName}
                          </button>
                          <button
                            type="button"
                            className={classes.button}
                            onClick={() => {
                              setEditing(undefined);
                              setErrors(undefined);
                              setProblem(undefined);
                              focusNext.current = `${rowWhere}-rename`;
                            }}
                          >
                            {o.Cancel}
                          </button>
                        </div>
                      </form>
                    ) : (
                      row.name
                    )}
                    {problemAt(rowWhere)}
                  </th>
                  {kind === 'team' && <td>{areaName(row.serviceAreaKey)}</td>}
                  {kind === 'serviceArea' && <td>{row.route ? o.Routes[row.route as 'PSW' | 'AP'] ?? row.route : ''}</td>}
                  <td id={`${rowWhere}-status`} tabIndex={-1}>
                    {row.retiredOn ? fill(o.RetiredOn, isoDateText(row.retiredOn)) : o.InUse}
                  </td>
                  <td>
                    {retiring ? (
                      <div role="group" aria-labelledby={`${rowWhere}-retire-question`}>
                        <p id={`${rowWhere}-retire-question`}>{fill(o.RetireQuestion, row.name)}</p>
                        <div className={classes.toolbar}>
                          <button id={`${rowWhere}-retire-confirm`} type="button" className={classes.primaryButton} disabled={saving} onClick={() => void retire(row)}>
                            {fill(o.RetireConfirm, row.name)}
                          </button>
                          <button
                            type="button"
                            className={classes.button}
                            onClick={() => {
                              setEditing(undefined);
                              focusNext.current = `${rowWhere}-retire`;
                            }}
                          >
                            {o.Keep}
                          </button>
                        </div>
                      </div>
                    ) : (
                      <div className={classes.toolbar}>
                        <button
                          id={`${rowWhere}-rename`}
                          type="button"
                          className={classes.button}
                          aria-label={fill(o.RenameLabel, row.name)}
                          onClick={() => {
                            setEditing({ kind: 'rename', row, name: row.name });
                            setErrors(undefined);
                            setProblem(undefined);
                            focusNext.current = `${rowWhere}-name`;
                          }}
                        >
                          {o.Rename}
                        </button>
                        {!row.retiredOn && (
                          <button
                            id={`${rowWhere}-retire`}
                            type="button"
                            className={classes.button}
                            aria-label={fill(o.RetireLabel, row.name)}
                            onClick={() => {
                              setEditing({ kind: 'retire', row });
                              setProblem(undefined);
                              focusNext.current = `${rowWhere}-retire-confirm`;
                            }}
                          >
                            {o.Retire}
                          </button>
                        )}
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <form
          aria-labelledby={`${where}-heading`}
          onSubmit={(e) => {
            e.preventDefault();
            if (!saving) void add(kind);
          }}
        >
          <h4 id={`${where}-heading`}>{o.AddHeadings[kind]}</h4>
          {textInput(where, o.NameLabel, form.name, (name) => setForm({ name }), kind)}
          {kind === 'team' && select(where, 'serviceAreaKey', o.ServiceAreaLabel, form.serviceAreaKey, activeAreas, (serviceAreaKey) => setForm({ serviceAreaKey }), kind)}
          {kind === 'serviceArea' &&
            select(where, 'route', o.RouteLabel, form.route, SERVICE_AREA_ROUTES.map((r): [string, string] => [r, o.Routes[r]]), (route) => setForm({ route }), kind)}
          <button type="submit" className={classes.primaryButton} disabled={saving}>
            {o.AddButtons[kind]}
          </button>
          {problemAt(where)}
        </form>
      </section>
    );
  };

  return (
    <div data-organisation="true">
      <p>{o.Intro}</p>
      <div role="status" className={classes.visuallyHidden} data-announcement="true">
        {said !== '' && <p>{said}</p>}
      </div>
      {KINDS.map(section)}
    </div>
  );
}

/** A London date (YYYY-MM-DD) as the board writes dates; a value a list edit broke is shown as it is. */
function isoDateText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return Number.isFinite(y) && Number.isFinite(m) && Number.isFinite(d) ? date(new Date(Date.UTC(y, m - 1, d, 12))) : iso;
}

/** The entry of a row (without the item id and ETag). */
function stripRow(row: OrganisationRow): OrganisationEntry {
  const { id, etag, ...entry } = row; // eslint-disable-line @typescript-eslint/no-unused-vars
  return entry;
}
