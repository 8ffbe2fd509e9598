/*
 * The SharePoint errors the emulator answers with (codes and words as SharePoint sends them; the README
 * gives the source of each).
 */
import { EmulatorError } from '../store';

export function err(status: number, code: string, message: string): EmulatorError {
  return new EmulatorError(status, code, message);
}

export const BAD_QUERY = (message: string): EmulatorError => err(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);
export const NOT_FOUND_RESOURCE = (): EmulatorError => err(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', 'Cannot find resource for the request.');
export const ITEM_NOT_FOUND = (): EmulatorError => err(404, '-2130575338, Microsoft.SharePoint.SPException', 'Item does not exist. It may have been deleted by another user.');
/*
 * Unique columns and item-level security do not mix (Microsoft's "Enforce unique values" limits, as
 * quoted in the README): SharePoint refuses each combination. Its exact words are not published; these are
 * clear SPException texts with 400, the stricter guess (README: unique columns).
 */
export const SPEXCEPTION = '-2146232832, Microsoft.SharePoint.SPException';
export const UNIQUE_ON_ITEM_SECURITY = (name: string): EmulatorError =>
  err(400, SPEXCEPTION, `The column '${name}' cannot enforce unique values: the list uses item-level permissions (ReadSecurity or WriteSecurity other than 1).`);
export const UNIQUE_ON_UNIQUE_ITEMS = (name: string): EmulatorError =>
  err(400, SPEXCEPTION, `The column '${name}' cannot enforce unique values: items of the list have unique permissions.`);
export const ITEM_SECURITY_ON_UNIQUE = (names: string): EmulatorError =>
  err(400, SPEXCEPTION, `Item-level permissions cannot be set on a list with columns that enforce unique values: [${names}].`);
export const BREAK_ON_UNIQUE = (names: string): EmulatorError =>
  err(400, SPEXCEPTION, `Permission inheritance cannot be broken on an item of a list with columns that enforce unique values: [${names}].`);
export const BATCH_POISONED = (): EmulatorError => err(500, '-1, System.IndexOutOfRangeException', 'Index was outside the bounds of the array.');
export const THROTTLED = (): EmulatorError =>
  err(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.');
const NOT_SUPPORTED_TEXT = (method: string): string => `The HTTP method '${method}' is not supported here.`;
export const METHOD_NOT_SUPPORTED = (method: string): EmulatorError => err(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', NOT_SUPPORTED_TEXT(method));
