/*
 * What the local preview needs from the emulator: a clock it can move (demo history, fixed clocks in tests)
 * and a host on the same origin (its pages), which can also say who is calling.
 */
import * as http from 'http';
import { Emulator, startEmulator } from '../../emulator/server';
import { OWNER, rest, spAs } from './helpers';

describe('emulator clock and host pages', () => {
  let emulator: Emulator;
  afterEach(async () => {
    await emulator.close();
  });

  it('stamps Created, Modified and sent mail with its clock, which can be moved and put back', async () => {
    emulator = await startEmulator({ now: () => new Date('2025-05-01T10:00:00.456Z') });
    const sp = spAs(emulator, OWNER);
    await sp.web.lists.add('Clocked', '', 100);
    const added = await sp.web.lists.getByTitle('Clocked').items.add({ Title: 'a' });
    expect(added.Created).toBe('2025-05-01T10:00:00Z');

    emulator.setClock(() => new Date('2025-06-02T08:30:00Z'));
    await sp.web.lists.getByTitle('Clocked').items.getById(added.Id).update({ Title: 'b' });
    const item = await sp.web.lists.getByTitle('Clocked').items.getById(added.Id).select('Created', 'Modified')();
    expect(item).toMatchObject({ Created: '2025-05-01T10:00:00Z', Modified: '2025-06-02T08:30:00Z' });

    emulator.setClock(undefined);
    const now = Date.now();
    const fresh = await sp.web.lists.getByTitle('Clocked').items.add({ Title: 'c' });
    expect(Math.abs(Date.parse(fresh.Created) - now)).toBeLessThan(5000);
  });

  it('lets a host answer its own paths on the same origin and name the caller for the rest', async () => {
    emulator = await startEmulator({
      intercept: (req: http.IncomingMessage, res: http.ServerResponse) => {
        if (req.url === '/host-page') {
          res.writeHead(200, { 'Content-Type': 'text/plain' });
          res.end('from the host');
          return true;
        }
        if (!req.headers['x-emulator-user']) req.headers['x-emulator-user'] = OWNER;
        return false;
      }
    });
    const page = await fetch(`${emulator.origin}/host-page`);
    expect(await page.text()).toBe('from the host');
    const me = await rest(emulator, undefined, 'GET', 'web/currentuser');
    expect(me.status).toBe(200);
    expect(JSON.stringify(me.json)).toContain('Olivia Owner');
  });
});
