import { fieldSchemaXml } from '../../../src/services/provisioning/fieldXml';
import { fieldUpdate } from '../../../src/services/provisioning/Provisioner';
import { AlertsList, ALL_LISTS, CasesList, fieldsOf, SupportDirectoryList } from '../../../src/schema';

describe('fields are created from schema/ in one request each', () => {
  it('R3: a text field carries its internal name, limit, requiredness, index and uniqueness', () => {
    expect(fieldSchemaXml(SupportDirectoryList.fields.entryId)).toBe(
      '<Field Type="Text" Name="EntryId" StaticName="EntryId" DisplayName="Entry id" ' +
        'Description="Stable id, as in referenceData/supportDirectory.json." ' +
        'Required="TRUE" Indexed="TRUE" EnforceUniqueValues="TRUE" MaxLength="255" />'
    );
  });

  it('R13: a choice field lists its choices and default, escaped', () => {
    const xml = fieldSchemaXml(CasesList.fields.status);
    expect(xml).toContain('Type="Choice" Name="CaseStatus"');
    expect(xml).toContain('<CHOICES><CHOICE>New</CHOICE><CHOICE>Contacted</CHOICE>');
    expect(xml).toContain('<Default>New</Default>');
    expect(fieldSchemaXml({ ...CasesList.fields.status, choices: ['A & "B"'], displayName: "O'Neil <x>" })).toContain(
      'DisplayName="O&apos;Neil &lt;x&gt;"'
    );
  });

  it('writes every field of every list as well-formed XML with a known type', () => {
    for (const list of ALL_LISTS) {
      for (const field of fieldsOf(list)) {
        const xml = fieldSchemaXml(field);
        expect(xml).toMatch(/^<Field Type="(Text|Note|Choice|MultiChoice|Number|DateTime|Boolean|User|UserMulti)" Name="[A-Za-z0-9]+"/);
        expect(xml.endsWith(' />') || xml.endsWith('</Field>')).toBe(true);
        // No raw markup characters inside attribute values.
        for (const [, value] of xml.matchAll(/="([^"]*)"/g)) {
          expect(value).not.toMatch(/[<>]/);
        }
      }
    }
  });

  it('an existing field that already matches needs no update; a changed one says exactly what', () => {
    const field = AlertsList.fields.route;
    const matching = {
      InternalName: field.internalName,
      Title: field.displayName,
      Required: field.required,
      Indexed: field.indexed,
      EnforceUniqueValues: false,
      Choices: [...(field.type === 'Choice' ? field.choices : [])]
    };
    expect(fieldUpdate(field, matching)).toEqual({});
    expect(fieldUpdate(field, { ...matching, Indexed: false, Choices: ['PSW'] })).toEqual({
      Indexed: true,
      Choices: ['PSW', 'AP', 'RaceChampionLead']
    });
    const text = AlertsList.fields.workerName;
    expect(
      fieldUpdate(text, { InternalName: text.internalName, Title: 'Old', Required: false, Indexed: false, EnforceUniqueValues: false, MaxLength: 100 })
    ).toEqual({ Title: text.displayName, MaxLength: 255 });
  });
});
