// People search over the whole tenant (issue 12): Microsoft Graph `GET /users` with `startswith` on the
// name, mail and sign-in name (User.ReadBasic.All, which the package asks for in package-solution.json), not
// the data site's user list, which holds only people who have already been to the site. The person chosen
// is added to the site with ensureuser when the summary is shared (SharePointWellbeingStore.ensureLogins).

import type { GraphFI } from '@pnp/graph';
import '@pnp/graph/users';
import type { StoreUser } from './IWellbeingStore';

interface DirectoryUser {
  displayName?: string | null;
  mail?: string | null;
  userPrincipalName?: string | null;
  userType?: string | null;
  accountEnabled?: boolean | null;
}

/** The SharePoint claim of a member account, as ensureuser takes it. */
export function memberClaim(userPrincipalName: string): string {
  return `i:0#.f|membership|${userPrincipalName.toLowerCase()}`;
}

/** OData text literal: a quote is doubled, so the text stays a value. */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * Up to `top` members of the tenant whose name, mail or sign-in name starts with `text` (Graph compares
 * without regard to case). Guests and disabled accounts are left out: a summary goes to council staff.
 * `id` is 0: a site user id exists only once the person is added to the site.
 */
export async function searchTenantPeople(graph: GraphFI, text: string, top: number): Promise<StoreUser[]> {
  const value = literal(text);
  const found: DirectoryUser[] = await graph.users
    .filter(`startswith(displayName,${value}) or startswith(mail,${value}) or startswith(userPrincipalName,${value})`)
    .select('displayName', 'mail', 'userPrincipalName', 'userType', 'accountEnabled')
    .top(top)();
  return found
    .filter((u) => u.userType !== 'Guest' && u.accountEnabled !== false && u.mail && u.userPrincipalName)
    .map((u) => ({
      id: 0,
      loginName: memberClaim(String(u.userPrincipalName)),
      email: String(u.mail),
      displayName: u.displayName ?? String(u.mail)
    }));
}
