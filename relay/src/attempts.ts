// Issue 16: how often a follow-up code may be tried. Counted per code prefix (the first group of the code, which a
// guesser must also guess) and in total, per fixed time window; who asked is never stored (there is nothing about
// the caller to key on, by design). A guesser who spreads tries over prefixes meets the total limit; one who aims at
// one conversation meets the prefix limit. The counts live in the relay's memory: the Function App runs one instance
// (relay/infra/main.bicep, functionAppScaleLimit 1), and a restart only resets a window.

export interface AttemptRules {
  /** Tries per prefix per window. */
  perPrefix: number;
  /** Tries in total per window. */
  total: number;
  windowSeconds: number;
}

export const DEFAULT_ATTEMPTS: AttemptRules = { perPrefix: 5, total: 200, windowSeconds: 900 };

export class AttemptLimiter {
  private _windowStart = 0;
  private _total = 0;
  private readonly _byPrefix: Map<string, number> = new Map();

  public constructor(
    private readonly _rules: AttemptRules = DEFAULT_ATTEMPTS,
    private readonly _now: () => number = Date.now
  ) {}

  /** Counts a try; false when the prefix or the total is over its limit in this window. */
  public allow(prefix: string): boolean {
    const now = this._now();
    if (now - this._windowStart >= this._rules.windowSeconds * 1000) {
      this._windowStart = now;
      this._total = 0;
      this._byPrefix.clear();
    }
    const count = (this._byPrefix.get(prefix) ?? 0) + 1;
    this._byPrefix.set(prefix, count);
    this._total++;
    return count <= this._rules.perPrefix && this._total <= this._rules.total;
  }
}
