/*
 * Issue 14 (H07): the watermark the board reads alerts above. It moves over alerts that have a case or were set
 * aside, lowest id first, only once each is settled, and stops at the first that waits however old it is.
 */
import { advanced, NO_WATERMARK, parseWatermark, SETTLE_MS, watermarkText } from '../../../src/services/store/alertWindow';

const NOW = new Date('2026-10-12T10:00:00Z');
const ago = (ms: number): Date => new Date(NOW.getTime() - ms);
const settled = ago(SETTLE_MS);

describe('the alert watermark (issue 14, H07)', () => {
  it('moves over alerts with a case, up to the first that waits, however old that one is', () => {
    const alerts = [11, 12, 13, 14, 15].map((id) => ({ id, created: id === 13 ? ago(3 * 365 * 86_400_000) : settled }));
    const hasCase = (id: number): boolean => id !== 13;
    expect(advanced({ upTo: 10, setAside: [] }, alerts, hasCase, NOW)).toEqual({ upTo: 12, setAside: [] });
  });

  it('passes over an alert set aside, and forgets it once below', () => {
    const alerts = [11, 12, 13].map((id) => ({ id, created: settled }));
    expect(advanced({ upTo: 10, setAside: [12] }, alerts, (id) => id !== 12, NOW)).toEqual({ upTo: 13, setAside: [] });
  });

  it('never moves over an alert added in the last minutes (an add with a lower id may still be being written)', () => {
    const alerts = [{ id: 11, created: settled }, { id: 12, created: ago(SETTLE_MS - 1000) }, { id: 13, created: settled }];
    expect(advanced({ upTo: 10, setAside: [] }, alerts, () => true, NOW).upTo).toBe(11);
    expect(advanced({ upTo: 10, setAside: [] }, [{ id: 11 }], () => true, NOW).upTo).toBe(10);
  });

  it('reads back what it writes; anything else is no watermark (every alert is read)', () => {
    expect(parseWatermark(watermarkText({ upTo: 40, setAside: [44, 42] }))).toEqual({ upTo: 40, setAside: [42, 44] });
    for (const bad of [undefined, '', 'x', '{"upTo":-1}', '{"upTo":"9"}', 'null']) expect(parseWatermark(bad)).toEqual(NO_WATERMARK);
    expect(parseWatermark('{"upTo":40,"setAside":[39,41,"x"]}')).toEqual({ upTo: 40, setAside: [41] });
  });
});
