// When a contact happened, as typed in a datetime-local field (R10, R11).

/** A date and time as a datetime-local input holds it (local time, to the minute). */
export function localInputValue(d: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/**
 * When a contact happened, from what was typed ('' = now): never in the future, never before the case was
 * opened (the domain refuses that). Typed to the minute, so the minute the case opened counts as that moment.
 */
export function happenedAt(typed: string, openedAt: Date, now: Date): Date | undefined {
  if (typed.trim() === '') return now;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(typed.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number);
  const at = new Date(y, mo - 1, d, h, mi);
  if (isNaN(at.getTime()) || at.getTime() > now.getTime()) return undefined;
  if (at.getTime() < openedAt.getTime() - 60000) return undefined;
  return at.getTime() < openedAt.getTime() ? openedAt : at;
}
