import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import {
  ALL_LISTS,
  AnyListDefinition,
  ConfigList,
  LIST_SECURITY,
  LISTS,
  OrganisationList,
  SCHEMA_VERSION,
  SCHEMA_VERSION_KEY,
  parseSchemaVersion,
  PublishedThemesList,
  SupportDirectoryList,
  ThemeReportsList,
  TRIAGE_SETTING_KEYS,
  TriageSettingsList
} from '../../schema';
import { entriesOfOrganisation } from '../../domain/organisation';
import { referenceOrganisation, supportDirectory } from '../../referenceData';
import { compare } from '../store/odata';
import { selectFor } from '../store/storeBase';
import { toPublishedThemeItem } from '../store/themeCodec';
import { backfillsOf, runBackfill } from './backfills';
import { assertLabelPublished, ensureRetentionLabels } from './retentionLabels';
import { assertUniqueColumnsAllowed, dropStaleUniqueness, enforceHeldUnique, ensureFields, ExistingField, readFields } from './fieldProvisioning';
import type { ProvisionSteps } from './provisionSteps';
import { ensureGroups, ensureListPermissions, ensurePermissionLevels, principalIds, removeRetiredPermissionLevels } from './securityProvisioning';

export { fieldUpdate } from './fieldProvisioning';

export interface ProvisionerOptions {
  /**
   * Login name of "Everyone except external users" on this tenant
   * (c:0-.f|rolemanager|spo-grid-all-users/<tenant id>): the staff principal.
   */
  everyoneLoginName: string;
  /** Called with each change as it is made (or, in a dry run, as it would be made). */
  log?: (line: string) => void;
  /** Report what would change without changing anything. */
  dryRun?: boolean;
  /**
   * R23 with Microsoft Purview: the retention label the records officer published to the site, applied to every
   * list that holds a part of a case (retentionLabels.ts). Absent: the product's own deletion is used.
   */
  retentionLabel?: string;
}

export interface ProvisionReport {
  /** One line per change; empty when the site already matched the schema. */
  changes: string[];
  schemaVersionBefore: number | undefined;
  schemaVersionAfter: number;
}

interface ExistingList {
  Id: string;
  Title: string;
  Description: string;
  NoCrawl: boolean;
  ReadSecurity: number;
  WriteSecurity: number;
  EnableVersioning: boolean;
  MajorVersionLimit: number;
  EnableAttachments: boolean;
  EnableFolderCreation: boolean;
  OnQuickLaunch: boolean;
  HasUniqueRoleAssignments: boolean;
}

/**
 * Converges a data site to the schema in schema/: permission levels, groups, lists, fields and indexes,
 * list settings, broken inheritance and the permission table, then the seed data, and last the schema
 * version (README "Schema upgrades"). It compares what is there with what should be and changes only the
 * difference, so a second run reports nothing and any older site, whatever version it was left at, is
 * upgraded in place without touching its items. There are no per-release steps: the site's version is
 * what the web parts read to know whether a site is behind the package, not a script to replay.
 */
export class Provisioner implements ProvisionSteps {
  public readonly sp: SPFI;
  public readonly dryRun: boolean;
  private readonly _options: ProvisionerOptions;
  private readonly _changes: string[] = [];
  /** The site's lists as they were when this run started, read once (refreshed only for a list this run adds). */
  private _lists: Map<string, ExistingList> = new Map();

  public constructor(sp: SPFI, options: ProvisionerOptions) {
    this.sp = sp;
    this.dryRun = options.dryRun === true;
    this._options = options;
  }

  public async run(): Promise<ProvisionReport> {
    this._changes.length = 0;
    // Before any change: a schema SharePoint would refuse half-way through is refused whole.
    ALL_LISTS.forEach(assertUniqueColumnsAllowed);
    const label = this._options.retentionLabel;
    if (label !== undefined) await assertLabelPublished(this, label);
    this._lists = new Map((await this.readLists()).map((l) => [l.Title, l]));
    const versionBefore = await this.deployedVersion();
    const levelIds = await ensurePermissionLevels(this);
    const groupIds = await ensureGroups(this);
    for (const list of ALL_LISTS) {
      await this.ensureList(list);
    }
    await this.seedSupportDirectory();
    await this.seedOrganisation();
    await this.seedConfig();
    await this.seedTriageSettings();
    await this.showLatestThemeReports();
    const principals = await principalIds(this, groupIds, this._options.everyoneLoginName);
    for (const { list, assignments } of LIST_SECURITY) {
      await ensureListPermissions(
        this,
        LISTS[list],
        assignments.map(({ principal, level }) => ({ principal, principalId: principals[principal], roleId: levelIds[level] }))
      );
    }
    await removeRetiredPermissionLevels(this);
    if (label !== undefined) await ensureRetentionLabels(this, label, new Set(this.dryRun ? this._lists.keys() : ALL_LISTS.map((l) => l.title)));
    // Last, once everything above is in place: the version says the site is current (the web parts trust it).
    await this.recordVersion(versionBefore);
    return { changes: [...this._changes], schemaVersionBefore: versionBefore, schemaVersionAfter: SCHEMA_VERSION };
  }

  public async change(description: string, work: () => Promise<unknown>): Promise<void> {
    this._changes.push(description);
    this._options.log?.(description);
    if (!this.dryRun) {
      await work();
    }
  }

  private async deployedVersion(): Promise<number | undefined> {
    if (!this._lists.has(ConfigList.title)) {
      return undefined;
    }
    const found = await this.versionItem();
    return found?.version;
  }

  private async versionItem(): Promise<{ id: number; version: number | undefined } | undefined> {
    const key = ConfigList.fields.key.internalName;
    const value = ConfigList.fields.value.internalName;
    const items: Record<string, unknown>[] = await this.sp.web.lists
      .getByTitle(ConfigList.title)
      .items.select('Id', value)
      .filter(compare(key, 'eq', SCHEMA_VERSION_KEY))();
    if (!items.length) return undefined;
    const parsed = parseSchemaVersion(items[0][value]);
    return { id: Number(items[0].Id), version: parsed };
  }

  private async recordVersion(versionBefore: number | undefined): Promise<void> {
    if (versionBefore === SCHEMA_VERSION) return;
    const key = ConfigList.fields.key.internalName;
    const value = ConfigList.fields.value.internalName;
    const list = this.sp.web.lists.getByTitle(ConfigList.title);
    const found = this.dryRun && !this._lists.has(ConfigList.title) ? undefined : await this.versionItem();
    const text = JSON.stringify(SCHEMA_VERSION);
    await this.change(`record schema version ${SCHEMA_VERSION} (was ${versionBefore ?? 'none'})`, () =>
      found ? list.items.getById(found.id).update({ [value]: text }) : list.items.add({ [key]: SCHEMA_VERSION_KEY, [value]: text })
    );
  }

  private async ensureList(definition: AnyListDefinition): Promise<void> {
    const wanted = {
      Description: definition.description,
      NoCrawl: definition.noCrawl,
      ReadSecurity: definition.readSecurity,
      WriteSecurity: definition.writeSecurity,
      EnableVersioning: definition.versioning.enableVersioning,
      MajorVersionLimit: definition.versioning.majorVersionLimit,
      EnableAttachments: definition.enableAttachments,
      EnableFolderCreation: definition.enableFolderCreation,
      OnQuickLaunch: definition.onQuickLaunch
    };
    const list = this.sp.web.lists.getByTitle(definition.title);
    let existing = this._lists.get(definition.title);
    let fields: ExistingField[] = [];
    if (!existing) {
      await this.change(`add list ${definition.title}`, () =>
        this.sp.web.lists.add(definition.title, definition.description, definition.template, false, wanted)
      );
      existing = this.dryRun ? undefined : (await this.readLists(definition.title))[0];
      fields = existing ? await readFields(list) : [];
    } else {
      // SharePoint refuses item-level security on a list with a unique column, and breaking inheritance
      // below it (issue 12 #1): a constraint the schema dropped goes before the settings change.
      fields = await dropStaleUniqueness(this, definition, list, await readFields(list));
      const current = existing;
      const differs = (Object.keys(wanted) as (keyof typeof wanted)[]).filter((k) => current[k] !== wanted[k]);
      if (differs.length) {
        await this.change(`update ${definition.title} settings (${differs.join(', ')})`, () => list.update(wanted));
      }
    }
    if (!existing?.HasUniqueRoleAssignments) {
      await this.change(`break permission inheritance on ${definition.title} (without copying)`, () =>
        list.breakRoleInheritance(definition.breakInheritance.copyRoleAssignments, definition.breakInheritance.clearSubscopes)
      );
    }
    // A list that was already there may hold items an older schema left without a newer column's value:
    // they get it (backfills.ts) before that column's unique constraint, which they would otherwise break.
    const backfills = existing ? backfillsOf(definition) : [];
    const held = backfills.filter((b) => b.field.unique).map((b) => b.field.internalName);
    await ensureFields(this, definition, list, fields, held);
    for (const backfill of backfills) {
      const hasColumn = !this.dryRun || fields.some((f) => f.InternalName === backfill.field.internalName);
      await runBackfill(this, list, backfill, hasColumn);
    }
    await enforceHeldUnique(this, definition, list, fields, held);
  }

  private readLists(title?: string): Promise<ExistingList[]> {
    const lists = this.sp.web.lists.select(
        'Id',
        'Title',
        'Description',
        'NoCrawl',
        'ReadSecurity',
        'WriteSecurity',
        'EnableVersioning',
        'MajorVersionLimit',
        'EnableAttachments',
        'EnableFolderCreation',
        'OnQuickLaunch',
      'HasUniqueRoleAssignments'
    );
    return title === undefined ? lists() : lists.filter(compare('Title', 'eq', title))();
  }

  private async seedSupportDirectory(): Promise<void> {
    const f = SupportDirectoryList.fields;
    const list = this.sp.web.lists.getByTitle(SupportDirectoryList.title);
    const existing: Record<string, string>[] = this.dryRun && !this._lists.has(SupportDirectoryList.title)
      ? []
      : await list.items.select(f.entryId.internalName).top(5000)();
    const have = new Set(existing.map((item) => item[f.entryId.internalName]));
    // Only entries that are missing: site owners edit entries in the list, and a rerun must not undo that.
    for (const entry of supportDirectory.filter((e) => !have.has(e.id))) {
      await this.change(`add support directory entry "${entry.title}"`, () =>
        list.items.add({
          [f.title.internalName]: entry.title,
          [f.entryId.internalName]: entry.id,
          [f.description.internalName]: entry.description,
          [f.kind.internalName]: entry.kind,
          [f.phone.internalName]: entry.phone ?? null,
          [f.email.internalName]: entry.email ?? null,
          [f.url.internalName]: entry.url ?? null,
          [f.hours.internalName]: entry.hours ?? null,
          [f.note.internalName]: entry.note ?? null,
          [f.contexts.internalName]: entry.contexts,
          [f.order.internalName]: entry.order
        })
      );
    }
  }

  /**
   * Issue 18: the organisation a new site starts with, from the reference data. Only keys the list lacks are added:
   * the site owners rename and retire rows on the organisation view, and a rerun or an upgrade never undoes that.
   */
  private async seedOrganisation(): Promise<void> {
    const f = OrganisationList.fields;
    const list = this.sp.web.lists.getByTitle(OrganisationList.title);
    const existing: Record<string, string>[] =
      this.dryRun && !this._lists.has(OrganisationList.title) ? [] : await list.items.select(f.key.internalName).top(5000)();
    const have = new Set(existing.map((item) => item[f.key.internalName]));
    // One $batch for the few dozen rows of a new site (one request, not one each).
    const [batched, execute] = this.sp.batched();
    const adds: Promise<unknown>[] = [];
    for (const entry of entriesOfOrganisation(referenceOrganisation).filter((e) => !have.has(e.key))) {
      await this.change(`add ${entry.kind} "${entry.name}" to ${OrganisationList.title}`, async () => {
        adds.push(batched.web.lists.getByTitle(OrganisationList.title).items.add({
          [f.name.internalName]: entry.name,
          [f.key.internalName]: entry.key,
          [f.kind.internalName]: entry.kind,
          [f.serviceAreaKey.internalName]: entry.serviceAreaKey ?? null,
          [f.route.internalName]: entry.route ?? null,
          [f.retiredOn.internalName]: entry.retiredOn ?? null
        }));
      });
    }
    if (adds.length > 0) {
      await execute();
      await Promise.all(adds);
    }
  }

  /**
   * Upgrade (issue 14 #5): a site from before the readers' list has its published quarters only in the
   * history. The latest version of each quarter is copied to WellbeingPublishedThemes, only where that list
   * lacks the quarter or shows an older version, so a rerun changes nothing and a publication is never undone.
   */
  private async showLatestThemeReports(): Promise<void> {
    if (!this._lists.has(ThemeReportsList.title)) return;
    const f = PublishedThemesList.fields;
    const history = this.sp.web.lists.getByTitle(ThemeReportsList.title);
    const shown = this.sp.web.lists.getByTitle(PublishedThemesList.title);
    const versions: Record<string, unknown>[] = [];
    // Not QuarterVersion: a site from before schema 2 lacks it until this run adds it (and a dry run never does),
    // and the readers' copy does not carry it.
    const columns = selectFor(ThemeReportsList).filter((c) => c !== ThemeReportsList.fields.versionKey.internalName);
    for await (const page of history.items.select(...columns).top(5000)) {
      versions.push(...(page as Record<string, unknown>[]));
    }
    const latest = new Map<string, Record<string, unknown>>();
    for (const item of versions) {
      const seen = latest.get(String(item[f.quarterId.internalName]));
      if (seen === undefined || Number(item[f.reportVersion.internalName]) > Number(seen[f.reportVersion.internalName])) {
        latest.set(String(item[f.quarterId.internalName]), item);
      }
    }
    const current: Record<string, unknown>[] =
      this.dryRun && !this._lists.has(PublishedThemesList.title)
        ? []
        : await shown.items.select('Id', f.quarterId.internalName, f.reportVersion.internalName).top(5000)();
    for (const [quarterId, item] of latest) {
      const values = toPublishedThemeItem(item);
      const there = current.find((c) => c[f.quarterId.internalName] === quarterId);
      const version = Number(item[f.reportVersion.internalName]);
      if (there === undefined) {
        await this.change(`show ${quarterId} version ${version} in ${PublishedThemesList.title}`, () => shown.items.add(values));
      } else if (Number(there[f.reportVersion.internalName]) < version) {
        await this.change(`show ${quarterId} version ${version} in ${PublishedThemesList.title}`, () =>
          shown.items.getById(Number(there.Id)).update(values)
        );
      }
    }
  }

  /** The default settings, each only when missing (site owners change them; a rerun must not undo that). */
  private async seedConfig(): Promise<void> {
    const key = ConfigList.fields.key.internalName;
    const value = ConfigList.fields.value.internalName;
    const list = this.sp.web.lists.getByTitle(ConfigList.title);
    const existing: Record<string, unknown>[] = this.dryRun && !this._lists.has(ConfigList.title) ? [] : await list.items.select(key)();
    const defaults: Record<string, unknown> = {
      slaMode: 'calendar', // R10 Decision: calendar hours unless the triage team chooses working hours
      suppressionThreshold: 3 // R20 Decision
    };
    for (const [name, initial] of Object.entries(defaults)) {
      if (!existing.some((item) => item[key] === name)) {
        await this.change(`add setting ${name}`, () => list.items.add({ [key]: name, [value]: JSON.stringify(initial) }));
      }
    }
  }

  /**
   * Issue 14 defect 4: the triage-only settings live in WellbeingTriageSettings. A value an older schema kept in
   * WellbeingConfig (readable by every employee) is copied across when the new list has none, then deleted from
   * WellbeingConfig; a key missing from both starts empty. A value already in the new list is never overwritten.
   */
  private async seedTriageSettings(): Promise<void> {
    const key = TriageSettingsList.fields.key.internalName;
    const value = TriageSettingsList.fields.value.internalName;
    const configKey = ConfigList.fields.key.internalName;
    const configValue = ConfigList.fields.value.internalName;
    const list = this.sp.web.lists.getByTitle(TriageSettingsList.title);
    const config = this.sp.web.lists.getByTitle(ConfigList.title);
    const have: Record<string, unknown>[] = this.dryRun && !this._lists.has(TriageSettingsList.title) ? [] : await list.items.select(key)();
    const old: Record<string, unknown>[] =
      this.dryRun && !this._lists.has(ConfigList.title) ? [] : await config.items.select('Id', configKey, configValue)();
    const defaults: Record<string, unknown> = { serviceManagers: {}, hosSafeguarding: [], triageTeam: [] };
    for (const name of TRIAGE_SETTING_KEYS) {
      const left = old.find((item) => item[configKey] === name);
      if (!have.some((item) => item[key] === name)) {
        const text = left !== undefined ? String(left[configValue]) : JSON.stringify(defaults[name]);
        const what = left !== undefined ? `move setting ${name} to ${TriageSettingsList.title}` : `add setting ${name} to ${TriageSettingsList.title}`;
        await this.change(what, () => list.items.add({ [key]: name, [value]: text }));
      }
      if (left !== undefined) {
        await this.change(`remove setting ${name} from ${ConfigList.title} (staff can read that list)`, () =>
          config.items.getById(Number(left.Id)).delete()
        );
      }
    }
  }
}
