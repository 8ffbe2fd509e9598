/*
 * OData $batch bodies: multipart/mixed with change sets in, as PnPjs writes them (@pnp/sp batching.js
 * createBatch), and the flat `--batchresponse_` form out that PnPjs's parseResponse reads (SharePoint Online
 * answers each request of a change set as its own batchresponse part, not as a nested changesetresponse).
 */

export interface BatchRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Requests of one change set share an id; a GET outside any change set has none. */
  changeSet?: string;
}

export interface BatchResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
}

function boundaryOf(contentType: string): string | undefined {
  const m = /boundary="?([^";]+)"?/i.exec(contentType);
  return m ? m[1] : undefined;
}

function splitParts(body: string, boundary: string): string[] {
  const lines = body.split(/\r?\n/);
  const parts: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === `--${boundary}` || trimmed === `--${boundary}--`) {
      if (current) parts.push(current.join('\n'));
      current = trimmed.endsWith('--') && trimmed === `--${boundary}--` ? undefined : [];
      continue;
    }
    if (current) current.push(line);
  }
  return parts;
}

function readHeaders(lines: string[], start: number): { headers: Record<string, string>; next: number } {
  const headers: Record<string, string> = {};
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      i += 1;
      break;
    }
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, next: i };
}

export function parseBatch(body: string, contentType: string): BatchRequest[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw new Error('The batch request has no boundary.');
  const requests: BatchRequest[] = [];
  const readPart = (part: string, changeSet: string | undefined): void => {
    const lines = part.split('\n').map((l) => l.replace(/\r$/, ''));
    const outer = readHeaders(lines, 0);
    const type = outer.headers['content-type'] || '';
    if (/^multipart\/mixed/i.test(type)) {
      const inner = boundaryOf(type);
      if (!inner) throw new Error('A change set has no boundary.');
      for (const p of splitParts(lines.slice(outer.next).join('\n'), inner)) readPart(p, inner);
      return;
    }
    let i = outer.next;
    while (i < lines.length && lines[i].trim() === '') i += 1;
    const requestLine = /^([A-Z]+)\s+(\S+)(\s+HTTP\/[0-9.]+)?$/i.exec((lines[i] || '').trim());
    if (!requestLine) throw new Error(`Not an HTTP request line: ${lines[i]}`);
    const inner = readHeaders(lines, i + 1);
    const bodyText = lines.slice(inner.next).join('\n').trim();
    requests.push({ method: requestLine[1].toUpperCase(), url: requestLine[2], headers: inner.headers, body: bodyText, changeSet });
  };
  for (const part of splitParts(body, boundary)) readPart(part, undefined);
  return requests;
}

export function formatBatch(responses: BatchResponse[], boundary: string): string {
  const out: string[] = [];
  for (const r of responses) {
    out.push(`--${boundary}`);
    out.push('Content-Type: application/http');
    out.push('Content-Transfer-Encoding: binary');
    out.push('');
    out.push(`HTTP/1.1 ${r.status} ${r.statusText}`);
    for (const [name, value] of Object.entries(r.headers)) out.push(`${name.toUpperCase()}: ${value}`);
    out.push('');
    // one line: PnPjs reads a body up to the next boundary line
    if (r.body) out.push(r.body.replace(/\r?\n/g, ' '));
  }
  out.push(`--${boundary}--`);
  out.push('');
  return out.join('\r\n');
}
