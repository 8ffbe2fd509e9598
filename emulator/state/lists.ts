/*
 * Lists, their fields and their items.
 */
import { randomUUID } from 'crypto';
import { PrincipalStore } from './principals';
import { EmulatorError, FIELD_KIND, FieldRecord, isoSeconds, ItemRecord, ListRecord, User } from './types';

export class ListStore extends PrincipalStore {
  // ---- lists and fields ----------------------------------------------------------------------------

  public lists(): ListRecord[] {
    return this.db.prepare('SELECT data FROM lists ORDER BY title').all().map((r) => JSON.parse(String(r.data)) as ListRecord);
  }

  public listByTitle(title: string): ListRecord | undefined {
    const row = this.db.prepare('SELECT data FROM lists WHERE title = ?').get(title);
    return row ? (JSON.parse(String(row.data)) as ListRecord) : undefined;
  }

  public listById(id: string): ListRecord | undefined {
    const row = this.db.prepare('SELECT data FROM lists WHERE lower(id) = lower(?)').get(id);
    return row ? (JSON.parse(String(row.data)) as ListRecord) : undefined;
  }

  public createList(props: Record<string, unknown>): ListRecord {
    const title = String(props.Title || '').trim();
    if (!title) throw new EmulatorError(400, '-2147024809, System.ArgumentException', 'The list title is required.');
    if (this.listByTitle(title)) {
      throw new EmulatorError(500, '-2130575342, Microsoft.SharePoint.SPException', `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`);
    }
    const list: ListRecord = {
      Id: randomUUID(),
      Title: title,
      Description: '',
      BaseTemplate: 100,
      ReadSecurity: 1,
      WriteSecurity: 1,
      NoCrawl: false,
      EnableVersioning: false,
      MajorVersionLimit: 0,
      EnableAttachments: true,
      EnableFolderCreation: false,
      OnQuickLaunch: false,
      Hidden: false,
      Created: isoSeconds(this.now()),
      HasUniqueRoleAssignments: false,
      ...pick(props, LIST_SETTABLE)
    };
    list.Title = title;
    this.db.prepare('INSERT INTO lists (id, title, data, next_item) VALUES (?, ?, ?, 1)').run(list.Id, list.Title, JSON.stringify(list));
    const builtIn = (f: Partial<FieldRecord> & { InternalName: string; TypeAsString: string }): void => {
      this.insertField(list, { Required: false, Indexed: false, ReadOnlyField: true, Hidden: false, builtIn: true, ...f });
    };
    builtIn({ InternalName: 'ID', Title: 'ID', TypeAsString: 'Counter' });
    builtIn({ InternalName: 'Title', Title: 'Title', TypeAsString: 'Text', MaxLength: 255, ReadOnlyField: false });
    builtIn({ InternalName: 'Created', Title: 'Created', TypeAsString: 'DateTime' });
    builtIn({ InternalName: 'Modified', Title: 'Modified', TypeAsString: 'DateTime' });
    builtIn({ InternalName: 'Author', Title: 'Created By', TypeAsString: 'User' });
    builtIn({ InternalName: 'Editor', Title: 'Modified By', TypeAsString: 'User' });
    return list;
  }

  public saveList(list: ListRecord): void {
    this.db.prepare('UPDATE lists SET title = ?, data = ? WHERE id = ?').run(list.Title, JSON.stringify(list), list.Id);
  }

  public updateList(list: ListRecord, props: Record<string, unknown>): ListRecord {
    const updated: ListRecord = { ...list, ...pick(props, LIST_SETTABLE) };
    if (props.Title !== undefined) updated.Title = String(props.Title);
    this.saveList(updated);
    return updated;
  }

  public deleteList(list: ListRecord): void {
    this.db.prepare('DELETE FROM lists WHERE id = ?').run(list.Id);
    this.db.prepare('DELETE FROM fields WHERE list_id = ?').run(list.Id);
    this.db.prepare('DELETE FROM items WHERE list_id = ?').run(list.Id);
    this.db.prepare("DELETE FROM assignments WHERE scope = ? OR scope LIKE ?").run(`list:${list.Id}`, `item:${list.Id}:%`);
  }

  public fields(list: ListRecord): FieldRecord[] {
    return this.db.prepare('SELECT data FROM fields WHERE list_id = ? ORDER BY pos').all(list.Id).map((r) => JSON.parse(String(r.data)) as FieldRecord);
  }

  public field(list: ListRecord, nameOrTitle: string): FieldRecord | undefined {
    const byName = this.db.prepare('SELECT data FROM fields WHERE list_id = ? AND name = ?').get(list.Id, nameOrTitle);
    if (byName) return JSON.parse(String(byName.data)) as FieldRecord;
    return this.fields(list).find((f) => f.Title.toLowerCase() === nameOrTitle.toLowerCase() || f.Id.toLowerCase() === nameOrTitle.toLowerCase());
  }

  public insertField(list: ListRecord, f: Partial<FieldRecord> & { InternalName: string; TypeAsString: string }): FieldRecord {
    if (this.field(list, f.InternalName)) {
      throw new EmulatorError(500, '-2130575245, Microsoft.SharePoint.SPException', `A duplicate field name "${f.InternalName}" was found.`);
    }
    const field: FieldRecord = {
      Id: randomUUID(),
      StaticName: f.InternalName,
      Title: f.InternalName,
      FieldTypeKind: FIELD_KIND[f.TypeAsString] ?? 0,
      Required: false,
      Indexed: false,
      EnforceUniqueValues: false,
      Hidden: false,
      ReadOnlyField: false,
      Description: '',
      SchemaXml: '',
      DefaultValue: null,
      ...f
    };
    if (f.TypeAsString === 'UserMulti') field.AllowMultipleValues = true;
    const pos = Number(this.db.prepare('SELECT COUNT(*) AS n FROM fields WHERE list_id = ?').get(list.Id)?.n ?? 0);
    this.db.prepare('INSERT INTO fields (list_id, name, pos, data) VALUES (?, ?, ?, ?)').run(list.Id, field.InternalName, pos, JSON.stringify(field));
    return field;
  }

  public saveField(list: ListRecord, field: FieldRecord): void {
    this.db.prepare('UPDATE fields SET data = ? WHERE list_id = ? AND name = ?').run(JSON.stringify(field), list.Id, field.InternalName);
  }

  public deleteField(list: ListRecord, field: FieldRecord): void {
    this.db.prepare('DELETE FROM fields WHERE list_id = ? AND name = ?').run(list.Id, field.InternalName);
  }

  // ---- items ---------------------------------------------------------------------------------------

  public itemCount(list: ListRecord): number {
    return Number(this.db.prepare('SELECT COUNT(*) AS n FROM items WHERE list_id = ?').get(list.Id)?.n ?? 0);
  }

  public items(list: ListRecord): ItemRecord[] {
    return this.db.prepare('SELECT data FROM items WHERE list_id = ? ORDER BY id').all(list.Id).map((r) => JSON.parse(String(r.data)) as ItemRecord);
  }

  public item(list: ListRecord, id: number): ItemRecord | undefined {
    const row = this.db.prepare('SELECT data FROM items WHERE list_id = ? AND id = ?').get(list.Id, id);
    return row ? (JSON.parse(String(row.data)) as ItemRecord) : undefined;
  }

  public insertItem(list: ListRecord, values: Record<string, unknown>, author: User, when?: string): ItemRecord {
    const row = this.db.prepare('SELECT next_item FROM lists WHERE id = ?').get(list.Id);
    const id = Number(row?.next_item ?? 1);
    this.db.prepare('UPDATE lists SET next_item = ? WHERE id = ?').run(id + 1, list.Id);
    const at = when || isoSeconds(this.now());
    const item: ItemRecord = {
      Id: id,
      GUID: randomUUID(),
      AuthorId: author.Id,
      EditorId: author.Id,
      Created: at,
      Modified: at,
      version: 1,
      HasUniqueRoleAssignments: false,
      values
    };
    this.db.prepare('INSERT INTO items (list_id, id, data) VALUES (?, ?, ?)').run(list.Id, id, JSON.stringify(item));
    return item;
  }

  public saveItem(list: ListRecord, item: ItemRecord): void {
    this.db.prepare('UPDATE items SET data = ? WHERE list_id = ? AND id = ?').run(JSON.stringify(item), list.Id, item.Id);
  }

  public deleteItem(list: ListRecord, item: ItemRecord): void {
    this.db.prepare('DELETE FROM items WHERE list_id = ? AND id = ?').run(list.Id, item.Id);
    this.db.prepare('DELETE FROM assignments WHERE scope = ?').run(`item:${list.Id}:${item.Id}`);
  }
}

const LIST_SETTABLE: readonly string[] = [
  'Description',
  'BaseTemplate',
  'ReadSecurity',
  'WriteSecurity',
  'NoCrawl',
  'EnableVersioning',
  'MajorVersionLimit',
  'EnableAttachments',
  'EnableFolderCreation',
  'OnQuickLaunch',
  'Hidden',
  'ContentTypesEnabled',
  'AllowContentTypes',
  'EnableMinorVersions',
  'ForceCheckout',
  'EnableModeration'
];

function pick(props: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (props[key] !== undefined) out[key] = props[key];
  }
  return out;
}
