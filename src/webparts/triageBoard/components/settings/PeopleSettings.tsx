// The settings that name people, chosen by name through the people search (PersonPicker): the triage team with
// each member's route and the teams in their management line (R6, the independence rule), the HoS Safeguarding
// (R14) and each service area's service manager (R14, R16).
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { parseTriageTeam, TriageMember } from '../../../../domain/independence';
import type { PersonRef } from '../../../../domain/managerSummary';
import { ROUTES, Route } from '../../../../domain/types';
import { PersonPicker } from '../board/PersonPicker';
import { fill, useTriageClasses } from '../triageStyles';
import { SettingBlock } from './SettingBlock';
import { parsed, SERVICE_AREAS } from './settingText';
import type { BlockBase } from './ValueSettings';

const t = strings.Settings;

const person = (p: PersonRef): PersonRef => ({ id: p.id, displayName: p.displayName });
const peopleOf = (json: string): PersonRef[] => {
  const v = parsed(json);
  return Array.isArray(v) ? v.filter((p): p is PersonRef => typeof (p as PersonRef)?.id === 'string' && typeof (p as PersonRef)?.displayName === 'string').map(person) : [];
};
const managersOf = (json: string): Record<string, PersonRef> => {
  const v = parsed(json);
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, PersonRef>) : {};
};

function useRefusal(): [string | undefined, (message: string | undefined, focusId?: string) => void] {
  const [error, setError] = React.useState<string | undefined>(undefined);
  return [
    error,
    (message, focusId) => {
      setError(message);
      if (message && focusId) window.setTimeout(() => document.getElementById(focusId)?.focus(), 0);
    }
  ];
}

/** One member: their route, and the teams in their management line by service area (check boxes). */
function MemberEditor(props: { member: TriageMember; index: number; onChange: (m: TriageMember) => void; onRemove: () => void }): React.ReactElement {
  const classes = useTriageClasses();
  const { member } = props;
  const id = `setting-member-${props.index}`;
  const toggle = (teamId: string): void => {
    const has = member.managementLineTeamIds.includes(teamId);
    props.onChange({ ...member, managementLineTeamIds: has ? member.managementLineTeamIds.filter((x) => x !== teamId) : [...member.managementLineTeamIds, teamId] });
  };
  return (
    <li className={classes.panel} data-member={member.id}>
      <h4>{member.displayName}</h4>
      <div className={classes.field}>
        <label htmlFor={`${id}-route`}>{fill(t.Team.Route, member.displayName)}</label>
        <select id={`${id}-route`} className={classes.input} value={member.route} onChange={(e) => props.onChange({ ...member, route: e.target.value as Route })}>
          {ROUTES.map((r) => (
            <option key={r} value={r}>
              {strings.Routes[r]}
            </option>
          ))}
        </select>
      </div>
      <fieldset style={{ border: 0, padding: 0, margin: '0 0 8px', minWidth: 0 }}>
        <legend style={{ fontWeight: 600 }}>{fill(t.Team.Teams, member.displayName)}</legend>
        {SERVICE_AREAS.map((area) => (
          <details key={area.id}>
            {/* WCAG 2.5.8: a target at least 24px tall. */}
            <summary style={{ padding: '4px 0', cursor: 'pointer' }}>{area.name}</summary>
            <div className={classes.choices} style={{ margin: '4px 0 12px' }}>
              {area.teams.map((team) => (
                <label key={team.id}>
                  <input type="checkbox" checked={member.managementLineTeamIds.includes(team.id)} onChange={() => toggle(team.id)} />
                  <span>{team.name}</span>
                </label>
              ))}
            </div>
          </details>
        ))}
      </fieldset>
      <button type="button" className={classes.button} onClick={props.onRemove}>
        {fill(t.Team.Remove, member.displayName)}
      </button>
    </li>
  );
}

export function TriageTeamSetting(props: BlockBase): React.ReactElement {
  const [team, setTeam] = React.useState<TriageMember[]>(parseTriageTeam(parsed(props.stored.json)));
  const [error, refuse] = useRefusal();
  const prepare = (): string | undefined => {
    if (team.length === 0) return refuse(t.Refusals.NoOne, 'setting-team-add'), undefined;
    refuse(undefined);
    return JSON.stringify(team);
  };
  const add = (p: PersonRef | undefined): void => {
    if (p && !team.some((m) => m.id.toLowerCase() === p.id.toLowerCase())) {
      setTeam([...team, { ...person(p), route: 'PSW', serviceAreaIds: [], managementLineTeamIds: [], managementLineNames: [] }]);
    }
  };
  return (
    <SettingBlock {...props} k="triageTeam" prepare={prepare} reset={(json) => setTeam(parseTriageTeam(parsed(json)))}>
      {team.length === 0 ? <p>{t.Team.None}</p> : null}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {team.map((m, i) => (
          <MemberEditor
            key={m.id}
            member={m}
            index={i}
            onChange={(changed) => setTeam(team.map((x) => (x.id === m.id ? changed : x)))}
            onRemove={() => {
              setTeam(team.filter((x) => x.id !== m.id));
              window.setTimeout(() => document.getElementById('setting-team-add')?.focus(), 0);
            }}
          />
        ))}
      </ul>
      <PersonPicker id="setting-team-add" label={t.Team.Add} onChange={add} error={error} />
    </SettingBlock>
  );
}

export function HosSetting(props: BlockBase): React.ReactElement {
  const classes = useTriageClasses();
  const [people, setPeople] = React.useState<PersonRef[]>(peopleOf(props.stored.json));
  const [error, refuse] = useRefusal();
  const prepare = (): string | undefined => {
    if (people.length === 0) return refuse(t.Refusals.NoOne, 'setting-hos-add'), undefined;
    refuse(undefined);
    return JSON.stringify(people);
  };
  return (
    <SettingBlock {...props} k="hosSafeguarding" prepare={prepare} reset={(json) => setPeople(peopleOf(json))}>
      <ul>
        {people.map((p) => (
          <li key={p.id} data-person={p.id}>
            {p.displayName}{' '}
            <button type="button" className={classes.button} onClick={() => setPeople(people.filter((x) => x.id !== p.id))}>
              {fill(t.RemovePerson, p.displayName)}
            </button>
          </li>
        ))}
      </ul>
      <PersonPicker
        id="setting-hos-add"
        label={t.AddHos}
        error={error}
        onChange={(p) => p && !people.some((x) => x.id === p.id) && setPeople([...people, person(p)])}
      />
    </SettingBlock>
  );
}

export function ManagersSetting(props: BlockBase): React.ReactElement {
  const [managers, setManagers] = React.useState<Record<string, PersonRef>>(managersOf(props.stored.json));
  const [error, setError] = React.useState<{ area: string; message: string } | undefined>(undefined);
  const prepare = (): string | undefined => {
    const missing = SERVICE_AREAS.find((a) => managers[a.id] === undefined);
    if (missing) {
      setError({ area: missing.id, message: fill(t.Refusals.AreaWithoutManager, missing.name) });
      window.setTimeout(() => document.getElementById(`setting-manager-${missing.id}`)?.focus(), 0);
      return undefined;
    }
    setError(undefined);
    return JSON.stringify(Object.fromEntries(SERVICE_AREAS.map((a) => [a.id, person(managers[a.id])])));
  };
  return (
    <SettingBlock {...props} k="serviceManagers" prepare={prepare} reset={(json) => setManagers(managersOf(json))}>
      {SERVICE_AREAS.map((area) => (
        <PersonPicker
          key={area.id}
          id={`setting-manager-${area.id}`}
          label={fill(t.ManagerOf, area.name)}
          value={managers[area.id]}
          error={error?.area === area.id ? error.message : undefined}
          onChange={(p) => {
            const next = { ...managers };
            if (p) next[area.id] = person(p);
            else delete next[area.id];
            setManagers(next);
          }}
        />
      ))}
    </SettingBlock>
  );
}
