/*
 * npm run measure:board
 *
 * The triage board must work with 1,000 open cases and 20,000 closed ones (issue 6). This seeds the local
 * emulator (provisioned by the real provisioner, with the list view threshold of 5,000 that SharePoint
 * enforces) with that many, opens the board's data the way the board does, and prints how many HTTP
 * requests it took and the bytes they carried, next to smaller sites for comparison: the count grows with
 * the pages of open cases (500 a page), never with the closed ones. The bytes do grow with the open cases
 * (every open case and its alert are read once); the time is the local emulator's, for comparison only.
 */
import { startEmulator } from '../emulator/server';
import { addMemberships, addSettings, provision } from '../preview/site';
import { PAGE_SIZE } from '../src/services/store/SharePointWellbeingStore';
import { BoardLoad, measureBoardLoad, measureOpenWork, seedBoard } from './boardLoad';

async function measure(open: number, closed: number): Promise<{ board: BoardLoad; openWork: BoardLoad; seedMs: number }> {
  const emulator = await startEmulator({ port: 0, dbPath: ':memory:' });
  try {
    await provision(emulator);
    await addMemberships(emulator);
    // The settings a real site has (triage team, HoS, service managers), so config reads what it would.
    await addSettings(emulator);
    const seeding = Date.now();
    await seedBoard(emulator, { open, closed });
    const seedMs = Date.now() - seeding;
    return { board: await measureBoardLoad(emulator), openWork: await measureOpenWork(emulator), seedMs };
  } finally {
    await emulator.close();
  }
}

async function main(): Promise<void> {
  const n = (v: number): string => v.toLocaleString('en-GB');
  const kb = (bytes: number): string => `${n(Math.round(bytes / 1024))} KB`;
  console.log(`Triage board first load through the real SharePointWellbeingStore (currentUser + config + openWork), pages of ${PAGE_SIZE}:`);
  for (const [open, closed] of [
    [10, 0],
    [100, 0],
    [1000, 0],
    [1000, 20000]
  ]) {
    const { board, openWork, seedMs } = await measure(open, closed);
    console.log(
      `  ${n(open)} open, ${n(closed)} closed (seeded in ${n(seedMs)} ms): ` +
        `${board.roundTrips} HTTP requests (${board.batchedParts} of them inside batches), ${kb(board.bytesReceived)} received, ${kb(board.bytesSent)} sent, ${n(board.ms)} ms; ` +
        `openWork alone ${openWork.roundTrips} requests, ${kb(openWork.bytesReceived)}; ${n(board.openCases)} open cases shown`
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
