/*
 * Which integration suites the live-tenant run (`npm run test:live`) runs, and why it leaves the others out.
 * A suite that needs nothing the emulator alone offers runs against SP_TEST_SITE unchanged (support/target.ts
 * `testSite()`); the others keep running against the emulator in `npm test`. test/integration/liveSuites.test.ts
 * fails when a suite is added here or in the folder without the other.
 */
import type { EmulatorOnly } from './target';

export interface SuiteTarget {
  /** What it needs that only the emulator offers; empty means it runs live. */
  needs: EmulatorOnly[];
  /** Said when the live run leaves it out. */
  why?: string;
}

export const INTEGRATION_SUITES: Readonly<Record<string, SuiteTarget>> = {
  'provisioning.test.ts': { needs: [] },
  'organisation.test.ts': {
    needs: ['personas', 'siteState'],
    why: 'writes as the owner, staff and triage, and turns columns back into an older schema\'s choice columns, which a shared dev site must not have done to it'
  },
  'liveSuites.test.ts': {
    needs: ['emulatorItself'],
    why: 'rehearses the live run itself on emulators of its own (run inside the live run, it would start the live run again)'
  },
  'provisioningUpgrade.test.ts': {
    needs: ['siteState'],
    why: 'writes older schemas straight into the site: unique columns on the alerts list (which SharePoint itself refuses), theme reports from before QuarterVersion'
  },
  'siteSchema.test.ts': {
    needs: ['siteState'],
    why: 'puts the site behind the package by rewriting its recorded schema version, which a shared dev site must not have done to it'
  },
  'permissionTable.test.ts': { needs: ['personas'], why: 'calls as staff, triage, managers and SMT, one account each' },
  'store.test.ts': { needs: ['personas', 'faults', 'seeding', 'requestLog'], why: 'calls as several personas and injects 429s, lost responses and thousands of items' },
  'themes.test.ts': { needs: ['personas', 'requestLog'], why: 'calls as SMT and a network rep and counts requests' },
  'bigLists.test.ts': {
    needs: ['seeding', 'personas', 'threshold'],
    why: 'seeds 6,000 items in every list and runs each store query as its persona past the list view threshold'
  },
  'writesOnce.test.ts': {
    needs: ['faults', 'personas', 'requestLog'],
    why: 'loses answers after commit, injects 429s and opens two tabs as a raiser, triage and a network rep'
  },
  'permissionBits.test.ts': {
    needs: ['emulatorItself'],
    why: "ties the emulator's permission bits to the product's and PnPjs's; no site is involved"
  },
  'retentionLabels.test.ts': {
    needs: ['siteState'],
    why: "publishes Purview retention labels to the emulated site; a dev tenant's labels are its records officer's to publish"
  },
  'retention.test.ts': {
    needs: ['personas', 'faults'],
    why: 'deletes as the site owner and as triage, and drops the network in the middle of a deletion'
  },
  'trust.test.ts': {
    needs: ['personas', 'requestLog', 'siteState'],
    why: 'sends raw requests as a colleague, staff, a network rep and triage, reads the request log, and puts an old permission level back on the site'
  },
  'unreadableAlert.test.ts': { needs: ['personas', 'siteState'], why: 'adds malformed alerts by raw REST as staff and a site owner, which a shared dev site must not hold' },
  'shareRetry.test.ts': { needs: ['faults', 'personas'], why: 'fails a share part-way with an injected error and reads the item as the line and service manager' },
  'workerConfirmation.test.ts': {
    needs: ['personas'],
    why: 'calls as the colleague, the worker, another member of staff and triage, one account each'
  },
  'hostileInput.test.ts': {
    needs: ['personas'],
    why: 'sends raw requests as staff, a colleague, a network rep, a line manager, triage and SMT, one account each'
  },
  'settings.test.ts': {
    needs: ['personas'],
    why: 'saves as the site owner, is refused as triage and staff, and turns search back on for a restricted list to see the site check find it'
  },
  'relay.test.ts': {
    needs: ['personas', 'faults', 'requestLog', 'siteState'],
    why: "registers the relay's app principal with a Sites.Selected grant on the emulator site, injects 429s and lost answers, reads the request log and scans every list past permissions"
  },
  'relayConversation.test.ts': {
    needs: ['personas', 'siteState'],
    why: "registers the relay's app principal with a Sites.Selected grant and answers as the PSW; reads the stored code hashes past permissions"
  },
  'boardLoad.test.ts': { needs: ['seeding', 'requestLog', 'threshold'], why: 'seeds 6,000 cases and counts requests past the list view threshold' }
};

/** The suites the live run runs, and the ones it leaves out with the reason. */
export function liveSplit(): { run: string[]; leftOut: { file: string; needs: EmulatorOnly[]; why: string }[] } {
  const entries = Object.entries(INTEGRATION_SUITES);
  return {
    run: entries.filter(([, t]) => t.needs.length === 0).map(([file]) => file),
    leftOut: entries
      .filter(([, t]) => t.needs.length > 0)
      .map(([file, t]) => ({ file, needs: t.needs, why: t.why ?? t.needs.join(', ') }))
  };
}
