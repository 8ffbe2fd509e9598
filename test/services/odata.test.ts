import { allOf, anyOf, compare, odataLiteral } from '../../src/services/store/odata';

describe('OData $filter values are escaped (issue 3: a value can never change the query)', () => {
  it("doubles single quotes so a name such as O'Neil stays one literal", () => {
    expect(odataLiteral("O'Neil")).toBe("'O''Neil'");
    expect(compare('WorkerName', 'eq', "O'Neil")).toBe("WorkerName eq 'O''Neil'");
  });

  it('keeps a crafted value inside its literal', () => {
    const crafted = "x' or Title ne 'y";
    const clause = compare('Title', 'eq', crafted);
    expect(clause).toBe("Title eq 'x'' or Title ne ''y'");
    // Outside the literal there is exactly one operator: the quotes pair up to one string.
    const outside = clause.replace(/'(?:[^']|'')*'/g, "''");
    expect(outside).toBe("Title eq ''");
  });

  it('writes numbers, booleans, dates and null as SharePoint expects', () => {
    expect(odataLiteral(42)).toBe('42');
    expect(odataLiteral(true)).toBe('1');
    expect(odataLiteral(false)).toBe('0');
    expect(odataLiteral(null)).toBe('null');
    expect(odataLiteral(new Date('2026-11-22T09:30:00Z'))).toBe("datetime'2026-11-22T09:30:00.000Z'");
    expect(() => odataLiteral(Number.NaN)).toThrow(RangeError);
  });

  it('refuses anything but an internal name as the field', () => {
    expect(() => compare("Title eq 'a' or ID", 'eq', 1)).toThrow(/internal name/);
    expect(compare('Author/Id', 'eq', 7)).toBe('Author/Id eq 7');
  });

  it('groups or-clauses inside and-clauses', () => {
    const either = anyOf(compare('Route', 'eq', 'PSW'), compare('Route', 'eq', 'AP'));
    expect(allOf(compare('Status', 'ne', 'Closed'), either)).toBe("Status ne 'Closed' and (Route eq 'PSW' or Route eq 'AP')");
    expect(anyOf(compare('ID', 'eq', 1))).toBe('ID eq 1');
    expect(allOf(compare('ID', 'eq', 1))).toBe('ID eq 1');
  });
});
