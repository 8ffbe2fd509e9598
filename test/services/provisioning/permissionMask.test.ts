import { FULL_MASK, hasPermission, sameMask, toMask } from '../../../src/services/provisioning/permissionMask';
import { PERMISSION_LEVELS } from '../../../src/schema';

describe('permission levels become SharePoint base permission masks', () => {
  it('puts permissions 1-32 in Low and 33-64 in High', () => {
    expect(toMask(['ViewListItems'])).toEqual({ High: 0, Low: 1 });
    expect(toMask(['ViewListItems', 'AddListItems', 'EditListItems'])).toEqual({ High: 0, Low: 7 });
    expect(toMask(['UseRemoteAPIs'])).toEqual({ High: 32, Low: 0 }); // 38 -> bit 5 of High
    expect(toMask(['EnumeratePermissions'])).toEqual({ High: 0x40000000, Low: 0 }); // 63
    expect(toMask(['FullMask'])).toEqual(FULL_MASK);
  });

  it('matches the Read level SharePoint ships (same permissions, same mask)', () => {
    // SharePoint's Read is Low 138612833, High 176; it also holds Use Self-Service Site Creation
    // (permission 23, bit 22), which no level of ours grants.
    const read = toMask(['ViewListItems', 'OpenItems', 'ViewVersions', 'ViewFormPages', 'Open', 'ViewPages', 'BrowseUserInfo', 'UseClientIntegration', 'UseRemoteAPIs', 'CreateAlerts']);
    expect(read.Low).toBe(138612833 - (1 << 22));
    expect(read.High).toBe(176);
  });

  it('R17: the append-only level can add but not edit or delete; R21: Override List Behaviors only where the table says', () => {
    const appendOnly = toMask(PERMISSION_LEVELS['Wellbeing Add and Read'].basePermissions);
    expect(hasPermission(appendOnly, 'AddListItems')).toBe(true);
    expect(hasPermission(appendOnly, 'EditListItems')).toBe(false);
    expect(hasPermission(appendOnly, 'DeleteListItems')).toBe(false);
    expect(hasPermission(toMask(PERMISSION_LEVELS['Wellbeing Triage Edit'].basePermissions), 'CancelCheckout')).toBe(true);
    expect(hasPermission(toMask(PERMISSION_LEVELS['Wellbeing Add and Read'].basePermissions), 'CancelCheckout')).toBe(false);
    expect(hasPermission(FULL_MASK, 'DeleteListItems')).toBe(true);
  });

  it('compares masks SharePoint sends back as strings', () => {
    expect(sameMask({ High: '176', Low: '138612833' }, { High: 176, Low: 138612833 })).toBe(true);
    expect(sameMask({ High: 0, Low: 1 }, { High: 0, Low: 3 })).toBe(false);
  });
});
