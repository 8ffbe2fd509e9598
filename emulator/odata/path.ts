/*
 * An _api path in segments, and the arguments of its function calls: getbytitle('a/b')/items(3),
 * getusereffectivepermissions(@u)?@u='…', breakroleinheritance(copyroleassignments=true,clearsubscopes=false).
 */


export interface Segment {
  name: string;
  args?: string;
}

export const bool = (v: string | undefined): boolean => (v || '').toLowerCase() === 'true';

/** Splits an _api path into segments, keeping quoted text and parentheses whole: getbytitle('a/b')/items(3). */
export function segmentsOf(path: string): Segment[] {
  const out: string[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  for (const c of path) {
    if (c === "'") quoted = !quoted;
    if (!quoted && c === '(') depth += 1;
    if (!quoted && c === ')') depth -= 1;
    if (c === '/' && depth === 0 && !quoted) {
      if (current) out.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  if (current) out.push(current);
  return out.map((s) => {
    const open = s.indexOf('(');
    if (open < 0 || !s.endsWith(')')) return { name: s.toLowerCase() };
    return { name: s.slice(0, open).toLowerCase(), args: s.slice(open + 1, -1) };
  });
}


/** A function-call argument: 'text' (quotes doubled), guid'...', a number, true/false, or an @alias from the query. */
export function argValue(raw: string, query: URLSearchParams): string {
  let v = raw.trim();
  if (v.startsWith('@')) v = (query.get(v) || '').trim();
  const guid = /^guid'(.*)'$/i.exec(v);
  if (guid) return guid[1];
  if (v.startsWith("'") && v.endsWith("'") && v.length >= 2) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}


export function namedArgs(raw: string | undefined, query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (raw || '').split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim().toLowerCase()] = argValue(part.slice(eq + 1), query);
  }
  return out;
}
