// Issue 18: the settings view over SharePoint. Each setting is one item of WellbeingConfig (what every employee
// reads) or WellbeingTriageSettings (triage only), read with its ETag and saved with it: a colleague's change at
// the same moment answers 412 and comes back as a conflict holding their value, never an overwrite. Each saved
// change adds an item to WellbeingSettingsLog, whose Author and Created (set by SharePoint, never by the client)
// say who and when. Only the site owners can write any of the three lists (schema/security.ts); SharePoint
// refuses anyone else, and the view asks the lists' effective permissions first so it can say so plainly.

import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security/list';
import '@pnp/sp/site-groups/web';
import { PermissionKind } from '@pnp/sp/security';
import { REQUIRED_SETTINGS, RequiredSetting, SiteFacts } from '../../domain/siteSettings';
import {
  ALL_LISTS,
  CONFIG_KEYS,
  ConfigList,
  GROUPS,
  ListDefinition,
  parseSchemaVersion,
  SCHEMA_VERSION,
  SCHEMA_VERSION_KEY,
  SettingsLogList,
  TriageSettingsList
} from '../../schema';
import type { IMailService } from '../mail/IMailService';
import { fromConfigItems } from './configCodec';
import type { WellbeingConfig } from './IWellbeingStore';
import { etagOf, idOf, readText, SpItem } from './itemValues';
import { compare } from './odata';
import { AUTHOR_ID, CREATED, ID, SharePointWellbeingStoreOptions, SMALL_READ_MAX, StoreBase } from './storeBase';
import { attempt, StoreResult, toStoreError } from './storeErrors';

/** The settings the view edits, in the order it shows them. */
export const EDITABLE_SETTINGS = [...REQUIRED_SETTINGS, 'relayAddress'] as const;
export type EditableSetting = (typeof EDITABLE_SETTINGS)[number];

/** One setting as stored: its item (absent until first saved) and the ETag it was read with. */
export interface StoredSetting {
  key: EditableSetting;
  id?: number;
  etag?: string;
  /** The stored JSON text ('' when there is no item). */
  json: string;
}

export interface SettingsSnapshot {
  settings: Record<EditableSetting, StoredSetting>;
  /** The settings as the web parts read them (configCodec), for showing the values. */
  config: WellbeingConfig;
  /** True for the site owners: they alone may change settings and write the log. */
  canSave: boolean;
}

export type SaveOutcome =
  | { kind: 'saved'; setting: StoredSetting; logged: boolean }
  /** Someone else saved it since it was read: theirs, as it is now; nothing of ours was written. */
  | { kind: 'conflict'; theirs: StoredSetting };

/** One line of the settings change log: who is SharePoint's Author of the item, when its Created. */
export interface SettingChange {
  setting: string;
  json: string;
  by: string;
  at: Date;
}

export interface ISettingsStore {
  read(): Promise<StoreResult<SettingsSnapshot>>;
  /** Saves `json` over `current` with its ETag, then records the change in the log. */
  save(current: StoredSetting, json: string): Promise<StoreResult<SaveOutcome>>;
  /** Records a saved change again (the log failed after the save). */
  logChange(key: EditableSetting, json: string): Promise<StoreResult<void>>;
  /** The latest changes, newest first. */
  changeLog(): Promise<StoreResult<SettingChange[]>>;
  /** What the site check needs (domain/siteSettings.ts siteCheck), with the settings the view found missing. */
  siteFacts(missingSettings: RequiredSetting[], relayAddress: string | undefined): Promise<StoreResult<SiteFacts>>;
}

/** How long the relay has to answer before the site check says it does not. */
export const RELAY_TIMEOUT_MS = 8000;

type SettingsList = ListDefinition<{ key: typeof ConfigList.fields.key; value: typeof ConfigList.fields.value }>;

function listOf(key: EditableSetting): SettingsList {
  return (CONFIG_KEYS as readonly string[]).includes(key) ? ConfigList : TriageSettingsList;
}

/** The settings a site needs filled in that are not (service managers: every service area given). */
export function missingSettings(config: WellbeingConfig, serviceAreaIds: readonly string[]): RequiredSetting[] {
  const has = (key: string): boolean => Object.prototype.hasOwnProperty.call(config.raw, key);
  return REQUIRED_SETTINGS.filter((key) => {
    switch (key) {
      case 'triageTeam':
        return config.triageTeam.length === 0;
      case 'hosSafeguarding':
        return config.hosSafeguarding.length === 0;
      case 'serviceManagers':
        return serviceAreaIds.some((id) => config.serviceManagers[id] === undefined);
      default:
        return !has(key);
    }
  });
}

export interface SettingsStoreOptions extends SharePointWellbeingStoreOptions {
  /** The relay check's fetch (the browser's own by default). */
  fetch?: typeof fetch;
}

export class SharePointSettingsStore extends StoreBase implements ISettingsStore {
  private readonly _fetch: typeof fetch | undefined;

  public constructor(sp: SPFI, mail: IMailService, options: SettingsStoreOptions = {}) {
    super(sp, mail, options);
    this._fetch = options.fetch ?? (typeof fetch === 'function' ? fetch.bind(globalThis) : undefined);
  }

  public read(): Promise<StoreResult<SettingsSnapshot>> {
    return attempt(async () => {
      const select = [ID, ConfigList.fields.key.internalName, ConfigList.fields.value.internalName];
      // Triage and the owners read both lists; anyone else is refused the triage list and sees the view refused.
      const [configItems, triageItems, canSave] = await Promise.all([
        this.list(ConfigList).items.select(...select).top(SMALL_READ_MAX)() as Promise<SpItem[]>,
        this.list(TriageSettingsList).items.select(...select).top(SMALL_READ_MAX)() as Promise<SpItem[]>,
        // A list the person cannot read at all answers 404: they cannot save either.
        this.list(SettingsLogList)
          .currentUserHasPermissions(PermissionKind.AddListItems)
          .catch(() => false)
      ]);
      const settings = {} as Record<EditableSetting, StoredSetting>;
      for (const key of EDITABLE_SETTINGS) {
        const items = listOf(key) === ConfigList ? configItems : triageItems;
        const item = items.find((i) => readText(i, ConfigList.fields.key) === key);
        settings[key] = item ? this.stored(key, item) : { key, json: '' };
      }
      return { settings, config: fromConfigItems(configItems, triageItems), canSave };
    });
  }

  private stored(key: EditableSetting, item: SpItem): StoredSetting {
    return { key, id: idOf(item), etag: etagOf(item), json: readText(item, ConfigList.fields.value) };
  }

  /** The setting as it is on the site now. */
  private async current(key: EditableSetting): Promise<StoredSetting> {
    const item = await this.itemOf(listOf(key), key);
    return item ? this.stored(key, item) : { key, json: '' };
  }

  private async itemOf(list: SettingsList, key: string): Promise<SpItem | undefined> {
    const f = list.fields;
    const items: SpItem[] = await this.query(list, compare(f.key.internalName, 'eq', key), [ID, f.key.internalName, f.value.internalName]).top(1)();
    return items[0];
  }

  public save(current: StoredSetting, json: string): Promise<StoreResult<SaveOutcome>> {
    return attempt(async () => {
      const list = listOf(current.key);
      const value = { [list.fields.value.internalName]: json };
      let setting: StoredSetting;
      if (current.id !== undefined && current.etag !== undefined) {
        try {
          const etag = await this.updateWithEtag(list, { id: current.id, etag: current.etag }, value);
          setting = { key: current.key, id: current.id, etag, json };
        } catch (error) {
          if (toStoreError(error).kind !== 'conflict') throw error;
          return { kind: 'conflict', theirs: await this.current(current.key) };
        }
      } else {
        // First save: the Key column is unique, so a colleague's first save at the same moment makes ours fail.
        try {
          const added = (await this.list(list).items.add({ [list.fields.key.internalName]: current.key, ...value })) as SpItem;
          setting = { key: current.key, id: idOf(added), etag: etagOf(added), json };
        } catch (error) {
          const theirs = await this.current(current.key).catch(() => undefined);
          if (theirs?.id !== undefined) return theirs.json === json ? { kind: 'saved', setting: theirs, logged: true } : { kind: 'conflict', theirs };
          throw error;
        }
      }
      const logged = await this.logChange(current.key, json);
      return { kind: 'saved', setting, logged: logged.ok };
    });
  }

  public logChange(key: EditableSetting, json: string): Promise<StoreResult<void>> {
    return attempt(async () => {
      const f = SettingsLogList.fields;
      await this.list(SettingsLogList).items.add({ [f.setting.internalName]: key, [f.value.internalName]: json });
    });
  }

  public changeLog(): Promise<StoreResult<SettingChange[]>> {
    return attempt(async () => {
      const f = SettingsLogList.fields;
      // Newest by id (always indexed); who is the item's Author, named here by AuthorId (storeBase ACCOUNT_COLUMNS).
      const items: SpItem[] = await this.list(SettingsLogList)
        .items.select(ID, CREATED, AUTHOR_ID, f.setting.internalName, f.value.internalName)
        .orderBy(ID, false)
        .top(50)();
      const users = await this.usersById(items.map((i) => Number(i[AUTHOR_ID])).filter((id) => id > 0));
      return items.map((item) => ({
        setting: readText(item, f.setting),
        json: readText(item, f.value),
        by: users(Number(item[AUTHOR_ID]))?.displayName ?? '',
        at: new Date(String(item[CREATED]))
      }));
    });
  }

  public siteFacts(missing: RequiredSetting[], relayAddress: string | undefined): Promise<StoreResult<SiteFacts>> {
    return attempt(async () => {
      const [version, groups, lists, relay] = await Promise.all([this.siteVersion(), this.groupFacts(), this.listFacts(), this.relayFacts(relayAddress)]);
      return { packageSchemaVersion: SCHEMA_VERSION, siteSchemaVersion: version, groups, missingSettings: missing, lists, relay };
    });
  }

  /** The version the provisioner recorded (src/schema/version.ts; the web parts' SiteBehindNotice reads the same). */
  private async siteVersion(): Promise<number | undefined> {
    const item = await this.itemOf(ConfigList, SCHEMA_VERSION_KEY);
    return item ? parseSchemaVersion(readText(item, ConfigList.fields.value)) : undefined;
  }

  /** Each group the provisioner makes: there, and how many members (undefined: its membership is hidden from us). */
  private groupFacts(): Promise<SiteFacts['groups']> {
    return Promise.all(
      GROUPS.map(async (g) => {
        let id: number;
        try {
          id = ((await this._sp.web.siteGroups.getByName(g.title).select(ID)()) as { Id: number }).Id;
        } catch (error) {
          if (toStoreError(error).kind === 'notFound') return { title: g.title, exists: false };
          throw error;
        }
        try {
          const members = (await this._sp.web.siteGroups.getById(id).users.select(ID)()) as unknown[];
          return { title: g.title, exists: true, members: members.length };
        } catch (error) {
          if (toStoreError(error).kind === 'noPermission') return { title: g.title, exists: true };
          throw error;
        }
      })
    );
  }

  /** R22: each restricted list, and whether search is kept out of it (SP.List NoCrawl). */
  private listFacts(): Promise<SiteFacts['lists']> {
    return Promise.all(
      ALL_LISTS.filter((l) => l.restricted).map(async (l) => {
        try {
          const found = (await this.list(l).select('NoCrawl')()) as { NoCrawl?: boolean };
          return { title: l.title, exists: true, noCrawl: found.NoCrawl === true };
        } catch (error) {
          const kind = toStoreError(error).kind;
          // Hidden from the signed-in person (a list they cannot read answers 404): not a finding about the list.
          if (kind === 'notFound' || kind === 'noPermission') return { title: l.title, exists: kind !== 'notFound' };
          throw error;
        }
      })
    );
  }

  /**
   * A plain GET with a timeout: any answer (a relay secured by Entra ID answers 401 to a call without a token)
   * means it is there; no answer in time, or no connection, means it is not. `no-cors`: the relay owes this page
   * no CORS headers for the check, and an opaque answer is still an answer.
   */
  private async relayFacts(address: string | undefined): Promise<SiteFacts['relay']> {
    if (address === undefined || address === '') return 'none';
    if (this._fetch === undefined) return 'notAnswering';
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), RELAY_TIMEOUT_MS);
    try {
      await this._fetch(address, { method: 'GET', mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal: controller.signal });
      return 'answering';
    } catch {
      return 'notAnswering';
    } finally {
      clearTimeout(timer);
    }
  }
}
