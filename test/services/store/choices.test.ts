/*
 * Issue 12: choice types come from the schema. A choice column carries its values' domain type (a column
 * built from ROUTES is a column of Route), so the codecs read a typed value from the column alone and no
 * mapper passes an enum list again. The type checks below are compile-time too: `tsc` fails if a column
 * loses its type.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { EqualityNetwork, EscalationKind, Rag, Route } from '../../../src/domain/types';
import { CASE_STATUSES, EQUALITY_NETWORKS, ROUTES } from '../../../src/domain/types';
import { AlertsList, CasesList } from '../../../src/schema';
import { isChoiceOf, MappingError, readChoice, readMultiChoice, readOptionalChoice } from '../../../src/services/store/itemValues';

describe('choice columns read with the values their schema column allows (issue 12)', () => {
  it('reads a single choice as the domain type, and refuses a value the column does not allow', () => {
    const route: Route = readChoice({ [AlertsList.fields.route.internalName]: 'AP' }, AlertsList.fields.route);
    expect(route).toBe('AP');
    expect(() => readChoice({ Route: 'Somebody' }, AlertsList.fields.route)).toThrow(MappingError);
    expect(() => readChoice({}, AlertsList.fields.route)).toThrow(MappingError);
  });

  it('reads a blank optional choice as undefined, and a set one as the domain type', () => {
    const none: Rag | undefined = readOptionalChoice({ Rag: null }, CasesList.fields.rag);
    expect(none).toBeUndefined();
    expect(readOptionalChoice({ Rag: '' }, CasesList.fields.rag)).toBeUndefined();
    expect(readOptionalChoice({ Rag: 'Amber' }, CasesList.fields.rag)).toBe('Amber');
    expect(() => readOptionalChoice({ Rag: 'Purple' }, CasesList.fields.rag)).toThrow(MappingError);
  });

  it('reads a multi-choice as the values the column allows (JSON light or verbose), leaving others out', () => {
    const column = AlertsList.fields.equalityNetworks;
    const networks: EqualityNetwork[] = readMultiChoice({ [column.internalName]: ['BameNetwork', 'ChessClub'] }, column);
    expect(networks).toEqual(['BameNetwork']);
    expect(readMultiChoice({ [column.internalName]: { results: ['LgbtStaffNetwork'] } }, column)).toEqual(['LgbtStaffNetwork']);
    const value: unknown = 'GreenToRed';
    if (!isChoiceOf(CasesList.fields.escalations, value)) throw new Error('GreenToRed is an escalation');
    const kind: EscalationKind = value;
    expect(kind).toBe('GreenToRed');
    expect(isChoiceOf(CasesList.fields.escalations, 'RedToGreen')).toBe(false);
  });

  it('the column is the one source: it holds the domain list it was built from', () => {
    expect(AlertsList.fields.route.choices).toEqual(ROUTES);
    expect(CasesList.fields.status.choices).toEqual(CASE_STATUSES);
    expect(AlertsList.fields.equalityNetworks.choices).toEqual(EQUALITY_NETWORKS);
  });

  it('no codec or itemValues passes a domain enum list again', () => {
    const dir = path.join(__dirname, '..', '..', '..', 'src', 'services', 'store');
    const files = fs.readdirSync(dir).filter((f) => /Codec\.ts$/.test(f) || f === 'itemValues.ts');
    expect(files.length).toBeGreaterThanOrEqual(7);
    const enumList = /\b(?:[A-Z]+_)*(?:KINDS|STATUSES|MODES|METHODS|OUTCOMES|NETWORKS|ROUTES|RAGS|COMPLETED_BY)\b/;
    const offending = files.filter((f) => enumList.test(fs.readFileSync(path.join(dir, f), 'utf8')));
    expect(offending).toEqual([]);
  });
});
