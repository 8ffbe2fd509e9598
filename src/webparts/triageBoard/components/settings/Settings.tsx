// Issue 18: the data site owners' settings view (a view of the Triage board, on the restricted site). Every
// setting the process needs, each saved on its own with its ETag and logged with who and when; the site check
// below says what is set up and what is not. Triage read it all and are told plainly that only the owners can
// change it; anyone who cannot read the triage settings gets a plain refusal.
import * as React from 'react';
import * as strings from 'TriageBoardWebPartStrings';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Problem } from '../../../../components/Problem';
import { useWellbeingServices } from '../../../../components/ServicesContext';
import { ConfigList } from '../../../../schema';
import { missingSettings, ISettingsStore, SettingChange, SettingsSnapshot, StoredSetting } from '../../../../services/store/settingsStore';
import { fromConfigItems } from '../../../../services/store/configCodec';
import type { StoreError } from '../../../../services/store/storeErrors';
import { dateTime, fill, useTriageClasses } from '../triageStyles';
import { HosSetting, ManagersSetting, TriageTeamSetting } from './PeopleSettings';
import { CheckState, SiteCheck } from './SiteCheck';
import { parsed, SERVICE_AREAS } from './settingText';
import { ClockSetting, TextSetting } from './ValueSettings';

const t = strings.Settings;

type Load = { status: 'loading' } | { status: 'refused' } | { status: 'failed'; error: StoreError } | { status: 'ready'; snapshot: SettingsSnapshot };

/** The settings as the web parts read them, from the stored values (for what the site check finds missing). */
function configOf(snapshot: SettingsSnapshot): ReturnType<typeof fromConfigItems> {
  const raw = Object.values(snapshot.settings).filter((s) => s.id !== undefined && parsed(s.json) !== undefined && parsed(s.json) !== '');
  // Both settings lists spell their columns as WellbeingConfig does (schema/lists.ts).
  const items = raw.map((s) => ({ [ConfigList.fields.key.internalName]: s.key, [ConfigList.fields.value.internalName]: s.json }));
  return fromConfigItems(items, items);
}

export function Settings(): React.ReactElement {
  const services = useWellbeingServices();
  const classes = useTriageClasses();
  const [load, setLoad] = React.useState<Load>({ status: 'loading' });
  const [log, setLog] = React.useState<SettingChange[]>([]);
  const [check, setCheck] = React.useState<CheckState>({ status: 'checking' });
  const [attempt, setAttempt] = React.useState(0);
  const store = React.useCallback((): Promise<ISettingsStore> => {
    if (!services.settings) return Promise.reject(new Error('no settings store'));
    return services.settings();
  }, [services]);

  const runCheck = React.useCallback(
    async (snapshot: SettingsSnapshot): Promise<void> => {
      setCheck({ status: 'checking' });
      const config = configOf(snapshot);
      const facts = await (await store()).siteFacts(missingSettings(config, SERVICE_AREAS.map((a) => a.id)), config.relayAddress);
      setCheck(facts.ok ? { status: 'ready', facts: facts.value } : { status: 'failed', error: facts.error });
    },
    [store]
  );

  const readLog = React.useCallback(async (): Promise<void> => {
    const read = await (await store()).changeLog();
    if (read.ok) setLog(read.value);
  }, [store]);

  React.useEffect(() => {
    let current = true;
    (async () => {
      const read = await (await store()).read();
      if (!current) return;
      if (!read.ok) return setLoad(read.error.kind === 'noPermission' || read.error.kind === 'notFound' ? { status: 'refused' } : { status: 'failed', error: read.error });
      setLoad({ status: 'ready', snapshot: read.value });
      await Promise.all([readLog(), runCheck(read.value)]);
    })().catch(() => current && setLoad({ status: 'failed', error: { kind: 'unknown', retryable: true } }));
    return () => {
      current = false;
    };
  }, [store, attempt, readLog, runCheck]);

  if (load.status === 'loading') return <Spinner label={strings.Loading} ariaLive="polite" labelPosition="right" />;
  if (load.status === 'refused') return <p data-refused="true">{t.Refused}</p>;
  if (load.status === 'failed') return <Problem what={strings.LoadFailed} error={load.error} onRetry={() => setAttempt((n) => n + 1)} />;
  const { snapshot } = load;

  const onSaved = (setting: StoredSetting): void => {
    const next: SettingsSnapshot = { ...snapshot, settings: { ...snapshot.settings, [setting.key]: setting } };
    setLoad({ status: 'ready', snapshot: next });
    void readLog();
    void runCheck(next);
  };
  const base = (key: keyof SettingsSnapshot['settings']) => ({ stored: snapshot.settings[key], canSave: snapshot.canSave, store, onSaved });

  return (
    <div data-settings={snapshot.canSave ? 'owner' : 'read-only'}>
      <p>{t.Intro}</p>
      {!snapshot.canSave && (
        <p className={classes.warning} data-read-only="true">
          {t.ReadOnly}
        </p>
      )}
      <TriageTeamSetting {...base('triageTeam')} />
      <HosSetting {...base('hosSafeguarding')} />
      <ManagersSetting {...base('serviceManagers')} />
      <ClockSetting {...base('slaMode')} />
      <TextSetting k="suppressionThreshold" {...base('suppressionThreshold')} />
      <TextSetting k="quarterStartMonth" {...base('quarterStartMonth')} />
      <TextSetting k="retentionYears" {...base('retentionYears')} />
      <TextSetting k="relayAddress" {...base('relayAddress')} />
      {/* Issue 18: service areas, teams and office bases as site data are edited here once built (the org work). */}
      <section className={classes.section} aria-labelledby="settings-organisation-heading" data-organisation="true">
        <h3 id="settings-organisation-heading">{t.OrganisationHeading}</h3>
        <p>{t.Organisation}</p>
      </section>
      <SiteCheck state={check} relay={configOf(snapshot).relayAddress} onAgain={() => void runCheck(snapshot)} />
      <section className={classes.section} aria-labelledby="settings-log-heading">
        <h3 id="settings-log-heading">{t.LogHeading}</h3>
        {log.length === 0 ? (
          <p>{t.LogNone}</p>
        ) : (
          <ul data-change-log="true">
            {log.map((line, i) => (
              <li key={`${line.at.getTime()}-${i}`}>{fill(t.LogLine, line.by, t.Names[line.setting as keyof typeof t.Names] ?? line.setting, dateTime(line.at))}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
