/*
 * The OData query options SharePoint's REST API takes on collections: $filter (parsed to a tree and evaluated
 * in memory), $orderby, $select and $expand. SharePoint's dialect is OData v3: `substringof('x', Field)`,
 * `datetime'2024-01-01T00:00:00Z'`, lookups as `Author/Id`, booleans compared with 1/0 or true/false.
 */

export type Literal = string | number | boolean | null;

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: CompareOp; field: string; value: Literal; isDate: boolean }
  | { kind: 'startswith'; field: string; value: string }
  | { kind: 'substringof'; field: string; value: string };

export type CompareOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export class ODataQueryError extends Error {}

interface Token {
  type: 'ident' | 'string' | 'number' | 'date' | 'punct';
  text: string;
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ type: 'punct', text: c });
      i += 1;
    } else if (c === "'") {
      let value = '';
      i += 1;
      for (;;) {
        if (i >= input.length) throw new ODataQueryError('Unterminated string literal.');
        if (input[i] === "'") {
          if (input[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += input[i];
        i += 1;
      }
      tokens.push({ type: 'string', text: value });
    } else if (/[0-9-]/.test(c)) {
      const m = /^-?[0-9]+(\.[0-9]+)?/.exec(input.slice(i));
      if (!m) throw new ODataQueryError(`Unexpected '${c}'.`);
      tokens.push({ type: 'number', text: m[0] });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(input.slice(i));
      const word = m ? m[0] : c;
      i += word.length;
      if (/^(datetime|datetimeoffset)$/i.test(word) && input[i] === "'") {
        const end = input.indexOf("'", i + 1);
        if (end < 0) throw new ODataQueryError('Unterminated datetime literal.');
        tokens.push({ type: 'date', text: input.slice(i + 1, end) });
        i = end + 1;
      } else {
        tokens.push({ type: 'ident', text: word });
      }
    } else {
      throw new ODataQueryError(`Unexpected '${c}'.`);
    }
  }
  return tokens;
}

const COMPARE_OPS: readonly string[] = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'];

/** Parses a $filter expression; throws ODataQueryError when SharePoint would answer 400. */
export function parseFilter(input: string): FilterNode {
  const tokens = tokenize(input);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const next = (): Token => {
    const t = tokens[pos];
    if (!t) throw new ODataQueryError('Unexpected end of expression.');
    pos += 1;
    return t;
  };
  const expect = (text: string): void => {
    const t = next();
    if (t.text !== text) throw new ODataQueryError(`Expected '${text}' but found '${t.text}'.`);
  };
  const isWord = (t: Token | undefined, word: string): boolean => !!t && t.type === 'ident' && t.text.toLowerCase() === word;

  function literal(t: Token): { value: Literal; isDate: boolean } {
    switch (t.type) {
      case 'string':
        return { value: t.text, isDate: false };
      case 'number':
        return { value: Number(t.text), isDate: false };
      case 'date': {
        const time = Date.parse(t.text);
        if (Number.isNaN(time)) throw new ODataQueryError(`Not a date: ${t.text}`);
        return { value: new Date(time).toISOString(), isDate: true };
      }
      case 'ident': {
        const w = t.text.toLowerCase();
        if (w === 'null') return { value: null, isDate: false };
        if (w === 'true') return { value: true, isDate: false };
        if (w === 'false') return { value: false, isDate: false };
        break;
      }
    }
    throw new ODataQueryError(`Expected a value but found '${t.text}'.`);
  }

  function primary(): FilterNode {
    const t = peek();
    if (!t) throw new ODataQueryError('Unexpected end of expression.');
    if (t.text === '(') {
      next();
      const inner = orExpr();
      expect(')');
      return inner;
    }
    if (isWord(t, 'not')) {
      next();
      return { kind: 'not', operand: primary() };
    }
    if (isWord(t, 'startswith') && tokens[pos + 1]?.text === '(') {
      next();
      expect('(');
      const field = next();
      expect(',');
      const value = next();
      expect(')');
      if (field.type !== 'ident' || value.type !== 'string') throw new ODataQueryError('startswith(Field, \'text\') expected.');
      return eqTrue({ kind: 'startswith', field: field.text, value: value.text });
    }
    if (isWord(t, 'substringof') && tokens[pos + 1]?.text === '(') {
      next();
      expect('(');
      const value = next();
      expect(',');
      const field = next();
      expect(')');
      if (field.type !== 'ident' || value.type !== 'string') throw new ODataQueryError('substringof(\'text\', Field) expected.');
      return eqTrue({ kind: 'substringof', field: field.text, value: value.text });
    }
    const field = next();
    if (field.type !== 'ident') throw new ODataQueryError(`Expected a field name but found '${field.text}'.`);
    const op = next();
    if (op.type !== 'ident' || COMPARE_OPS.indexOf(op.text.toLowerCase()) < 0) {
      throw new ODataQueryError(`Expected an operator after ${field.text} but found '${op.text}'.`);
    }
    const { value, isDate } = literal(next());
    return { kind: 'compare', op: op.text.toLowerCase() as CompareOp, field: field.text, value, isDate };
  }

  // `startswith(Title,'a') eq true` is the OData v3 form; accept it as well as the bare call.
  function eqTrue(node: FilterNode): FilterNode {
    if (isWord(peek(), 'eq') && (isWord(tokens[pos + 1], 'true') || isWord(tokens[pos + 1], 'false'))) {
      next();
      const negate = next().text.toLowerCase() === 'false';
      return negate ? { kind: 'not', operand: node } : node;
    }
    return node;
  }

  function andExpr(): FilterNode {
    let left = primary();
    while (isWord(peek(), 'and')) {
      next();
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  }

  function orExpr(): FilterNode {
    let left = andExpr();
    while (isWord(peek(), 'or')) {
      next();
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  }

  const tree = orExpr();
  if (pos < tokens.length) throw new ODataQueryError(`Unexpected '${tokens[pos].text}'.`);
  return tree;
}

/** Reads a field (or `Lookup/Property`) from an object being filtered. */
export type FieldReader = (field: string) => unknown;

function comparable(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

function compareValues(actual: unknown, op: CompareOp, wanted: Literal, isDate: boolean): boolean {
  if (Array.isArray(actual)) {
    // Multi-value fields (MultiChoice, UserMulti): eq matches when any value matches.
    if (op === 'eq') return actual.some((v) => compareValues(v, 'eq', wanted, isDate));
    if (op === 'ne') return !actual.some((v) => compareValues(v, 'eq', wanted, isDate));
    return false;
  }
  if (wanted === null) {
    const isNull = actual === null || actual === undefined || actual === '';
    return op === 'eq' ? isNull : op === 'ne' ? !isNull : false;
  }
  if (actual === null || actual === undefined) {
    return op === 'ne';
  }
  let a = comparable(actual);
  let b = comparable(wanted);
  if (isDate || (typeof b === 'string' && typeof a === 'string' && /^\d{4}-\d\d-\d\dT/.test(a) && /^\d{4}-\d\d-\d\dT/.test(b))) {
    a = Date.parse(String(a));
    b = Date.parse(String(b));
  } else if (typeof a === 'number' && typeof b === 'string' && b.trim() !== '' && !Number.isNaN(Number(b))) {
    b = Number(b);
  } else if (typeof a === 'string' && typeof b === 'number') {
    a = Number(a);
  }
  if (typeof a === 'string' && typeof b === 'string') {
    // SharePoint compares text case-insensitively.
    a = a.toLowerCase();
    b = b.toLowerCase();
  }
  const x = a as number | string;
  const y = b as number | string;
  switch (op) {
    case 'eq':
      return x === y;
    case 'ne':
      return x !== y;
    case 'lt':
      return x < y;
    case 'le':
      return x <= y;
    case 'gt':
      return x > y;
    case 'ge':
      return x >= y;
  }
  return false;
}

export function evaluate(node: FilterNode, read: FieldReader): boolean {
  switch (node.kind) {
    case 'and':
      return evaluate(node.left, read) && evaluate(node.right, read);
    case 'or':
      return evaluate(node.left, read) || evaluate(node.right, read);
    case 'not':
      return !evaluate(node.operand, read);
    case 'startswith': {
      const v = read(node.field);
      return typeof v === 'string' && v.toLowerCase().startsWith(node.value.toLowerCase());
    }
    case 'substringof': {
      const v = read(node.field);
      return typeof v === 'string' && v.toLowerCase().indexOf(node.value.toLowerCase()) >= 0;
    }
    case 'compare':
      return compareValues(read(node.field), node.op, node.value, node.isDate);
  }
  return false;
}

/** The fields a filter reads, for validation. */
export function fieldsOf(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...fieldsOf(node.left), ...fieldsOf(node.right)];
    case 'not':
      return fieldsOf(node.operand);
    default:
      return [node.field];
  }
}

/**
 * The clause SharePoint's query planner starts from: the left-most operand of a chain of `and`s (a filter
 * whose top is `or` or `not` has none that narrows on its own).
 */
export type LeadingClause = Extract<FilterNode, { kind: 'compare' | 'startswith' }>;

export function leadingClause(node: FilterNode): LeadingClause | undefined {
  if (node.kind === 'and') return leadingClause(node.left);
  if (node.kind === 'compare' || node.kind === 'startswith') return node;
  return undefined;
}

/** The operands of a chain of `and`s, left to right (a filter whose top is not `and` is one operand). */
export function conjuncts(node: FilterNode): FilterNode[] {
  return node.kind === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

/**
 * The whole condition the planner seeks on the leading clause's column: the leading clause and every
 * clause on the same column that follows it directly in the `and` chain (`X ge a and X lt b` is one range
 * on X's index). A clause on another column in between ends it, and `ne` never joins it: where unsure,
 * the shorter condition (which matches more, so throttles sooner) is the one counted.
 */
export function leadingCondition(node: FilterNode): LeadingClause[] | undefined {
  const lead = leadingClause(node);
  if (!lead) return undefined;
  const column = lead.field.toLowerCase();
  const run: LeadingClause[] = [];
  for (const clause of conjuncts(node)) {
    const sameColumn = (clause.kind === 'compare' && clause.op !== 'ne') || clause.kind === 'startswith';
    if (!sameColumn || (clause as LeadingClause).field.toLowerCase() !== column) break;
    run.push(clause as LeadingClause);
  }
  return run.length ? run : [lead];
}

export interface OrderKey {
  field: string;
  descending: boolean;
}

export function parseOrderBy(input: string): OrderKey[] {
  return input
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const m = /^([A-Za-z_][A-Za-z0-9_/]*)(\s+(asc|desc))?$/i.exec(part);
      if (!m) throw new ODataQueryError(`Invalid $orderby: ${part}`);
      return { field: m[1], descending: (m[3] || '').toLowerCase() === 'desc' };
    });
}

export function compareForSort(a: unknown, b: unknown): number {
  const x = comparable(a);
  const y = comparable(b);
  if (x === y) return 0;
  if (x === null || x === undefined) return -1;
  if (y === null || y === undefined) return 1;
  if (typeof x === 'string' && typeof y === 'string') return x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0;
  return (x as number) < (y as number) ? -1 : 1;
}

export function splitList(value: string | null): string[] {
  return (value || '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Applies $select to an entity: keeps the named properties (and `odata.*` annotations); `A/B` keeps property
 * B of the expanded object (or of each object of the expanded array) A. An empty select, or `*`, keeps all.
 */
export function project(entity: Record<string, unknown>, select: string[]): Record<string, unknown> {
  if (select.length === 0 || select.indexOf('*') >= 0) return entity;
  const out: Record<string, unknown> = {};
  const nested: Record<string, string[]> = {};
  const lowerKeys = new Map(Object.keys(entity).map((k) => [k.toLowerCase(), k]));
  for (const key of Object.keys(entity)) {
    if (key.startsWith('odata.') || key === '__metadata') out[key] = entity[key];
  }
  for (const path of select) {
    const [head, ...rest] = path.split('/');
    const key = head in entity ? head : lowerKeys.get(head.toLowerCase());
    if (key === undefined) continue;
    if (rest.length === 0) {
      out[key] = entity[key];
    } else {
      (nested[key] = nested[key] || []).push(rest.join('/'));
    }
  }
  for (const key of Object.keys(nested)) {
    if (out[key] !== undefined && nested[key].indexOf('*') < 0) {
      // both `A` and `A/B` selected: A as a whole wins
      continue;
    }
    const value = entity[key];
    if (Array.isArray(value)) {
      out[key] = value.map((v) => (v && typeof v === 'object' ? project(v as Record<string, unknown>, nested[key]) : v));
    } else if (value && typeof value === 'object') {
      out[key] = project(value as Record<string, unknown>, nested[key]);
    } else {
      out[key] = value;
    }
  }
  return out;
}
