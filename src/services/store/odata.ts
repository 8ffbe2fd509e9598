/**
 * Values put into an OData $filter. A value is always a quoted literal with its quotes doubled, so a name
 * such as O'Neil, or a crafted value such as "x' or Title ne 'y", stays a value and cannot change the query.
 */

export type ODataValue = string | number | boolean | Date | null;

export function odataLiteral(value: ODataValue): string {
  if (value === null) {
    return 'null';
  }
  if (typeof value === 'boolean') {
    // SharePoint Boolean columns filter as 1/0.
    return value ? '1' : '0';
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new RangeError(`Cannot filter on ${value}`);
    }
    return String(value);
  }
  if (value instanceof Date) {
    return `datetime'${value.toISOString()}'`;
  }
  return `'${value.replace(/'/g, "''")}'`;
}

export type ComparisonOperator = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

/** One comparison; the field is an internal name from schema/, never user input. */
export function compare(internalName: string, operator: ComparisonOperator, value: ODataValue): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)?$/.test(internalName)) {
    throw new Error(`Not a field internal name: ${internalName}`);
  }
  return `${internalName} ${operator} ${odataLiteral(value)}`;
}

export function allOf(...clauses: string[]): string {
  return clauses.join(' and ');
}

/** Always parenthesised, so it can stand inside allOf. */
export function anyOf(...clauses: string[]): string {
  return clauses.length === 1 ? clauses[0] : `(${clauses.join(' or ')})`;
}
