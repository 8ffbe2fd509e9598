import type {
  IRaiserStore,
  IOrganisationStore,
  IReferenceStore,
  ISummariesStore,
  IThemesStore,
  ITriageStore,
  IWellbeingStore
} from '../../../src/services/store/IWellbeingStore';
import { SharePointWellbeingStore } from '../../../src/services/store/SharePointWellbeingStore';

type Roles = IRaiserStore & ITriageStore & ISummariesStore & IThemesStore & IReferenceStore & IOrganisationStore;
// `npm run typecheck` fails here if a method of the whole store belongs to no role, or a role names one it lacks.
const everyMethodHasARole: Exclude<keyof IWellbeingStore, keyof Roles> extends never ? true : false = true;
const everyRoleIsPartOfTheStore: Exclude<keyof Roles, keyof IWellbeingStore> extends never ? true : false = true;

describe('the store by role (issue 12)', () => {
  it('IWellbeingStore is the union of the role interfaces (checked by the type checker)', () => {
    expect([everyMethodHasARole, everyRoleIsPartOfTheStore]).toEqual([true, true]);
  });

  it('the SharePoint store, built from one part per role, answers every method of the whole store', () => {
    const methods = new Set<string>();
    for (let p = SharePointWellbeingStore.prototype; p !== Object.prototype; p = Object.getPrototypeOf(p)) {
      Object.getOwnPropertyNames(p).forEach((name) => methods.add(name));
    }
    const wanted: (keyof IWellbeingStore)[] = [
      'currentUser', 'submitAlert', 'myAlerts', 'sendAlertCopy', 'openWork', 'caseDetail', 'openCase', 'updateCase',
      'casesReceivedBetween', 'appendCaseEvents', 'caseEvents', 'saveDiscussion', 'searchPeople', 'shareManagerSummary', 'notifySummaryShared',
      'managerSummaries', 'recordHosFollowUp', 'publishThemeReport', 'latestThemeReports', 'themeReportHistory',
      'themeAccess', 'addNetworkTheme', 'networkThemes', 'supportDirectory', 'config',
      'organisation', 'saveOrganisationEntry'
    ];
    expect(wanted.filter((name) => !methods.has(name))).toEqual([]);
  });
});
