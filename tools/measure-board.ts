/*
 * npm run measure:board
 *
 * The triage board must work with 1,000 open cases and 20,000 closed ones (issue 6). This seeds the local
 * emulator (provisioned by the real provisioner, with the list view threshold of 5,000 that SharePoint
 * enforces) with that many, opens the board's data the way the board does, and prints how many HTTP
 * requests it took, next to a small site for comparison: the count grows with the pages of open cases
 * (500 a page), never with the closed ones.
 */
import { startEmulator } from '../emulator/server';
import { addMemberships, provision } from '../preview/site';
import { BoardLoad, measureBoardLoad, seedBoard } from './boardLoad';

async function measure(open: number, closed: number): Promise<BoardLoad> {
  const emulator = await startEmulator({ port: 0, dbPath: ':memory:' });
  try {
    await provision(emulator);
    await addMemberships(emulator);
    seedBoard(emulator, { open, closed });
    return await measureBoardLoad(emulator);
  } finally {
    await emulator.close();
  }
}

async function main(): Promise<void> {
  const n = (v: number): string => v.toLocaleString('en-GB');
  for (const [open, closed] of [
    [10, 0],
    [1000, 20000]
  ]) {
    const load = await measure(open, closed);
    console.log(`Triage board first load, ${n(open)} open and ${n(closed)} closed cases: ${load.roundTrips} HTTP requests (${load.batchedParts} of them inside batches), ${n(load.openCases)} open cases shown`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
