// R18, R19, R22: free text beside the report (commentary, network notes) that would point at a person.

/** What in a piece of free text would point at a person or a record (R18, R19, R22). */
export type IdentifyingKind = 'reference' | 'email' | 'phone' | 'titleAndName' | 'webAddress';

export interface IdentifyingText {
  kind: IdentifyingKind;
  /** The text found, so the writer can see exactly what to take out. */
  text: string;
}

const IDENTIFYING_PATTERNS: ReadonlyArray<[IdentifyingKind, RegExp]> = [
  // An alert reference (reference.ts), with or without its dashes.
  ['reference', /\bWB[-\s]?[A-Z0-9]{4}[-\s]?[A-Z0-9]{4}\b/gi],
  ['email', /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/gi],
  // Ten or more digits, spaces or dashes allowed between them (UK phone numbers, staff numbers).
  ['phone', /\+?\d(?:[\s-]?\d){9,}/g],
  // A title followed by a capitalised word: "Mrs Patel", "Dr. Okafor".
  ['titleAndName', /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][a-z\u00c0-\u024f'-]+/g],
  ['webAddress', /\bhttps?:\/\/\S+/gi]
];

/**
 * R18, R19, R22: commentary and network notes carry themes, never people. This finds the things a
 * machine can recognise (record references, e-mail addresses, phone numbers, a title and a name, links);
 * it cannot recognise a bare name, so the form also says plainly not to write one.
 */
export function findIdentifyingText(text: string): IdentifyingText[] {
  const found: IdentifyingText[] = [];
  for (const [kind, pattern] of IDENTIFYING_PATTERNS) {
    for (const match of text.match(pattern) ?? []) {
      if (!found.some((f) => f.text === match)) {
        found.push({ kind, text: match });
      }
    }
  }
  return found;
}
