/*
 * The triage board's first load against a big site, for tools/measure-board.ts and its test: seeds the
 * emulator with open and closed cases (items written straight into the lists, as years of use would leave
 * them), then does what the board does on opening (useBoard: who I am, the settings and the open work, in
 * parallel, through the real store) and counts the HTTP requests it took.
 */
import { referenceOrganisation } from '../src/referenceData';
import type { Emulator } from '../emulator/server';
import { seedUser, spAs } from '../preview/site';
import { emptyAlertDraft, prepareAlert } from '../src/domain/alert';
import { openCase } from '../src/domain/caseLifecycle';
import { firstContactDue, DEFAULT_FIRST_CONTACT_SETTINGS } from '../src/domain/firstContactClock';
import { newIdempotencyKey, newReference } from '../src/domain/reference';
import type { CaseStatus } from '../src/domain/types';
import { locations, serviceAreas } from '../src/referenceData';
import { AlertsList, CasesList, BoardStateList } from '../src/schema';
import { ALERT_WATERMARK_KEY, watermarkText } from '../src/services/store/alertWindow';
import type { IMailService } from '../src/services/mail/IMailService';
import { publicStatusItem, toAlertItem, toCaseItem } from '../src/services/store/mapping';
import { SharePointWellbeingStore } from '../src/services/store/SharePointWellbeingStore';

const OPEN: readonly CaseStatus[] = ['New', 'Contacted', 'MeetingOffered', 'MeetingHeld', 'AwaitingFollowUp'];
const START = Date.UTC(2025, 0, 1);
const noMail: IMailService = {
  notify: () => Promise.resolve({ ok: true, value: undefined }),
  sendAlertCopy: () => Promise.resolve({ ok: true, value: undefined })
};

/**
 * Issue 14 (H07): the watermark a site in use keeps in WellbeingTriageSettings: every alert at or below `upTo` has
 * a case or was set aside. Written as triage's boards write it (the PSW, with the item's ETag).
 */
export async function seedWatermark(emulator: Emulator, upTo: number): Promise<void> {
  const T = BoardStateList.fields;
  const list = spAs(emulator, 'psw').web.lists.getByTitle(BoardStateList.title);
  const [item]: { Id: number }[] = await list.items.filter(`${T.key.internalName} eq '${ALERT_WATERMARK_KEY}'`).select('Id')();
  const value = { [T.value.internalName]: watermarkText({ upTo, setAside: [] }) };
  if (item === undefined) await list.items.add({ [T.key.internalName]: ALERT_WATERMARK_KEY, ...value });
  else await list.items.getById(item.Id).update(value);
}

/**
 * Adds `open` open cases and `closed` closed ones, each with its alert (in chunks, so memory stays flat). A site in
 * use has moved its watermark past every alert that has a case; `watermark: false` is a site just upgraded to it.
 */
export async function seedBoard(emulator: Emulator, counts: { open: number; closed: number }, seed = 7, options: { watermark?: boolean } = {}): Promise<void> {
  let highest = 0;
  let x = seed;
  const random = (): number => ((x = (x * 16807) % 2147483647) / 2147483647);
  const psw = seedUser('psw');
  const ids = (login: string): number | undefined => (login === psw.loginName ? psw.id : undefined);
  const total = counts.open + counts.closed;
  for (let from = 0; from < total; from += 2000) {
    const alerts = [];
    const cases = [];
    for (let i = from; i < Math.min(total, from + 2000); i++) {
      const open = i < counts.open;
      const area = serviceAreas[i % serviceAreas.length];
      const submittedAt = new Date(START + i * 3600000);
      const prepared = prepareAlert(
        {
          ...emptyAlertDraft(),
          workerName: 'Seeded Worker',
          role: 'Practitioner',
          serviceAreaId: area.id,
          teamId: area.teams[i % area.teams.length].id,
          locationId: locations[i % locations.length].id,
          details: 'Seeded for measuring the board.',
          actionTaken: 'None.',
          whatNeedsToHappen: 'Nothing: a measurement.'
        },
        { serviceAreas, locations },
        { submittedAt, reference: newReference(random), idempotencyKey: newIdempotencyKey(random) }
      );
      if (!prepared.ok) throw new Error('a seeded alert is invalid');
      const a = prepared.alert;
      alerts.push({ ...toAlertItem(a, referenceOrganisation), ...publicStatusItem(open ? 'InProgress' : 'Closed') });
      const opened = openCase({ reference: a.reference, route: a.route, anonymous: false, consentStatus: a.consentStatus }, { at: submittedAt, by: psw.loginName });
      if (!opened.ok) throw new Error('a seeded case is invalid');
      const status = open ? OPEN[i % OPEN.length] : 'Closed';
      cases.push({ case: { ...opened.case, status, owner: psw.loginName }, alert: a });
    }
    const alertIds = emulator.seedItems(AlertsList.title, alerts, seedUser('staffA').loginName);
    highest = Math.max(highest, ...alertIds);
    emulator.seedItems(
      CasesList.title,
      cases.map((c, i) =>
        toCaseItem(
          c.case,
          {
            alertId: alertIds[i],
            alertReceivedAt: c.alert.submittedAt,
            firstContactDue: firstContactDue(c.alert.submittedAt, DEFAULT_FIRST_CONTACT_SETTINGS),
            serviceAreaId: c.alert.serviceAreaId,
            teamId: c.alert.teamId,
            locationId: c.alert.locationId,
            themeIds: []
          },
          ids
        )
      ),
      psw.loginName
    );
  }
  if (options.watermark !== false) await seedWatermark(emulator, highest);
}

export interface BoardLoad {
  /** HTTP requests (a $batch counts once). */
  roundTrips: number;
  /** Requests inside batches, counted one by one. */
  batchedParts: number;
  /** Bytes of the HTTP bodies sent and received (what a slow connection has to carry). */
  bytesSent: number;
  bytesReceived: number;
  /** Wall-clock time of the load against the local emulator (only for comparing sizes on one machine). */
  ms: number;
  openCases: number;
}

type Fetch = typeof globalThis.fetch;

/** Counts the bytes of every HTTP body PnPjs sends and receives while `run` runs (Node's global fetch). */
async function countingBytes<T>(run: () => Promise<T>): Promise<{ value: T; sent: number; received: number }> {
  const original: Fetch = globalThis.fetch;
  let sent = 0;
  let received = 0;
  const counting: Fetch = async (input, init) => {
    const body = init?.body;
    if (typeof body === 'string') sent += Buffer.byteLength(body);
    else if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) sent += body.byteLength;
    const response = await original(input, init);
    // Read first, then add: `received += await ...` would read `received` before the await and lose the
    // bytes of the requests that finished meanwhile (they run side by side).
    const length = (await response.clone().arrayBuffer()).byteLength;
    received += length;
    return response;
  };
  globalThis.fetch = counting;
  try {
    return { value: await run(), sent, received };
  } finally {
    globalThis.fetch = original;
  }
}

async function measured(emulator: Emulator, load: (store: SharePointWellbeingStore) => Promise<number>, now?: () => Date): Promise<BoardLoad> {
  // A new store: nothing cached, as when the page is opened.
  const store = new SharePointWellbeingStore(spAs(emulator, 'psw'), noMail, now ? { now } : {});
  emulator.clearRequests();
  const started = Date.now();
  const { value: openCases, sent, received } = await countingBytes(() => load(store));
  const ms = Date.now() - started;
  const requests = emulator.requests();
  return {
    roundTrips: requests.filter((r) => !r.batched).length,
    batchedParts: requests.filter((r) => r.batched).length,
    bytesSent: sent,
    bytesReceived: received,
    ms,
    openCases
  };
}

/** What the board reads when the PSW opens it (useBoard: who I am, the settings and the open work, in parallel). */
export function measureBoardLoad(emulator: Emulator): Promise<BoardLoad> {
  return measured(emulator, async (store) => {
    const [me, config, work] = await Promise.all([store.currentUser(), store.config(), store.openWork()]);
    if (!me.ok || !config.ok || !work.ok) throw new Error('The board did not load');
    return work.value.openCases.length;
  });
}

/** openWork alone: the part whose cost could grow with the lists (`now`: the board's clock, real time if not given). */
export function measureOpenWork(emulator: Emulator, now?: () => Date): Promise<BoardLoad> {
  return measured(
    emulator,
    async (store) => {
      const work = await store.openWork();
      if (!work.ok) throw new Error('openWork failed');
      return work.value.openCases.length;
    },
    now
  );
}
