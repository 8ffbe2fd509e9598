/*
 * An item as SharePoint's REST answers it (user columns as <Name>Id/<Name>StringId, $expand lookups).
 */
import { Env } from '../http/types';
import { FieldRecord, ItemRecord, ListRecord } from '../store';
import { etag } from './items';
import { entityTypeName } from './lists';

export function itemEntity(env: Env, list: ListRecord, item: ItemRecord, expand: Set<string>, fields: FieldRecord[] = env.store.fields(list)): Record<string, unknown> {
  const entity: Record<string, unknown> = {
    'odata.type': entityTypeName(env, list),
    'odata.id': `${env.webUrl}/_api/Web/Lists(guid'${list.Id}')/Items(${item.Id})`,
    'odata.etag': etag(item),
    'odata.editLink': `Web/Lists(guid'${list.Id}')/Items(${item.Id})`,
    FileSystemObjectType: 0,
    Id: item.Id,
    ServerRedirectedEmbedUri: null,
    ServerRedirectedEmbedUrl: '',
    ContentTypeId: '0x0100',
    ID: item.Id
  };
  for (const f of fields) {
    if (f.builtIn) {
      if (f.InternalName === 'Title') entity.Title = item.values.Title ?? null;
      continue;
    }
    if (f.TypeAsString === 'User' || f.TypeAsString === 'UserMulti') {
      const ids = item.values[`${f.InternalName}Id`];
      entity[`${f.InternalName}Id`] = ids ?? null;
      entity[`${f.InternalName}StringId`] = Array.isArray(ids) ? ids.map(String) : ids === null || ids === undefined ? null : String(ids);
      if (expand.has(f.InternalName.toLowerCase())) {
        entity[f.InternalName] = Array.isArray(ids) ? ids.map((i) => userLookup(env, Number(i))) : ids ? userLookup(env, Number(ids)) : null;
      }
    } else {
      entity[f.InternalName] = item.values[f.InternalName] ?? (f.TypeAsString === 'MultiChoice' ? [] : null);
    }
  }
  Object.assign(entity, {
    Modified: item.Modified,
    Created: item.Created,
    AuthorId: item.AuthorId,
    EditorId: item.EditorId,
    OData__UIVersionString: `${item.version}.0`,
    Attachments: false,
    GUID: item.GUID
  });
  if (expand.has('author')) entity.Author = userLookup(env, item.AuthorId);
  if (expand.has('editor')) entity.Editor = userLookup(env, item.EditorId);
  return entity;
}

export function userLookup(env: Env, id: number): Record<string, unknown> {
  const u = env.store.userById(id);
  return {
    'odata.type': 'SP.Data.UserInfoItem',
    'odata.id': `${env.webUrl}/_api/Web/SiteUserInfoList/Items(${id})`,
    Id: id,
    ID: id,
    Title: u ? u.Title : '',
    EMail: u ? u.Email : '',
    Name: u ? u.LoginName : ''
  };
}
