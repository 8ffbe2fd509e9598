// R4: the worker's own confirmation (domain/workerConfirmation.ts), over WellbeingConsentConfirmations.
// - The worker adds one item (Title = the reference, ConsentProof = the secret from their link). The list is
//   own-items only (ReadSecurity=2) and nobody holds edit rights on it, so what a worker confirmed stays as
//   it was, and only they and triage can read it.
// - Triage reads the confirmations for one alert and proves each one: the secret's SHA-256 against the
//   alert's ConsentProofHash, and the item's Author (SharePoint sets it) against the copy's address and the
//   alert's own Author. For the last, the alert is only asked "did this account create you?" (a filter on
//   Id and AuthorId that answers with an Id or nothing): the board never reads the raiser's account (an
//   anonymous alert's raiser must stay unknown to triage, issue 14 point 7).

import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { normaliseReference } from '../../domain/reference';
import {
  isProofSecret,
  WorkerConfirmation,
  WorkerConfirmationState,
  workerConfirmationState
} from '../../domain/workerConfirmation';
import { AlertsList, ConsentConfirmationsList } from '../../schema/runtime';
import { ProofCrypto, proofHashOf } from '../consent/consentProof';
import type { AlertRecord, WorkerConfirmationOutcome } from './IWellbeingStore';
import { SpItem } from './mapping';
import { allOf, compare } from './odata';
import { addOnce, sendOnce } from './once';
import { attempt, StoreFailure, StoreResult } from './storeErrors';
import { AUTHOR_ID, CREATED, ID } from './storeBase';
import { parseDate, readText } from './itemValues';
import { SummariesThemesStore } from './summariesThemesStore';

const C = ConsentConfirmationsList.fields;

function platformCrypto(): ProofCrypto {
  const crypto = (globalThis as { crypto?: ProofCrypto }).crypto;
  if (crypto?.subtle === undefined) {
    // Web Crypto needs a secure (https) page; SharePoint pages always are.
    throw new StoreFailure({ kind: 'unknown', retryable: false });
  }
  return crypto;
}

interface AuthorData {
  Id?: number;
  EMail?: string;
  Title?: string;
}

export abstract class ConsentStore extends SummariesThemesStore {
  /** R4: the signed-in worker confirms the alert their link names. Once per worker and alert. */
  public confirmAsWorker(reference: string, secret: string): Promise<StoreResult<WorkerConfirmationOutcome>> {
    return attempt(async () => {
      const canonical = normaliseReference(reference);
      if (canonical === undefined || !isProofSecret(secret)) {
        throw new StoreFailure({ kind: 'invalidInput', retryable: false });
      }
      const me = await this.me();
      const find = async (): Promise<SpItem | undefined> => {
        const mine: SpItem[] = await this.query(
          ConsentConfirmationsList,
          allOf(compare(C.reference.internalName, 'eq', canonical), compare(AUTHOR_ID, 'eq', me.id)),
          [ID, CREATED]
        ).top(1)();
        return mine[0];
      };
      const { item, alreadyExisted } = await addOnce(
        this._lock,
        `confirm:${canonical}`,
        find,
        () =>
          this.list(ConsentConfirmationsList)
            .items.using(sendOnce())
            .add({ [C.reference.internalName]: canonical, [C.proof.internalName]: secret }) as Promise<SpItem>
      );
      return { reference: canonical, confirmedAt: parseDate(item[CREATED]) ?? this._now(), alreadyConfirmed: alreadyExisted };
    });
  }

  /** R4 (triage): where the worker's own confirmation of this alert stands, every confirmation proved. */
  public workerConfirmation(record: AlertRecord): Promise<StoreResult<WorkerConfirmationState>> {
    return attempt(async () => {
      const alert = record.alert;
      const facts = {
        reference: alert.reference,
        completedBy: alert.completedBy,
        anonymous: alert.anonymous,
        consentProofHash: alert.consentProofHash ?? '',
        workerCopyTo: alert.workerCopyTo ?? ''
      };
      const before = workerConfirmationState(facts, []);
      if (before.kind !== 'waiting') {
        // Raised by the worker, or no link was sent: nothing to read.
        return before;
      }
      // Every page: anyone may add items naming this reference (the raiser knows it), so reading only the
      // first few would let a flood of junk hide the worker's own confirmation.
      const items: SpItem[] = await this.allPages(
        this.list(ConsentConfirmationsList)
          .items.filter(compare(C.reference.internalName, 'eq', alert.reference))
          .select(ID, CREATED, C.reference.internalName, C.proof.internalName, AUTHOR_ID, 'Author/Id', 'Author/EMail', 'Author/Title')
          .expand('Author')
          .orderBy(ID, true)
      );
      if (items.length === 0) {
        return before;
      }
      const crypto = platformCrypto();
      const authorIds = items.map((item) => Number(item[AUTHOR_ID])).filter((id, i, all) => all.indexOf(id) === i);
      const raisers = new Set<number>();
      await Promise.all(
        authorIds.map(async (authorId) => {
          const hit: SpItem[] = await this.query(AlertsList, allOf(compare(ID, 'eq', record.id), compare(AUTHOR_ID, 'eq', authorId)), [ID]).top(1)();
          if (hit.length > 0) {
            raisers.add(authorId);
          }
        })
      );
      const confirmations: WorkerConfirmation[] = await Promise.all(
        items.map(async (item): Promise<WorkerConfirmation> => {
          const author = (item.Author ?? {}) as AuthorData;
          const authorId = Number(item[AUTHOR_ID]);
          return {
            reference: readText(item, C.reference),
            proofHash: await proofHashOf(crypto, readText(item, C.proof)),
            author: { id: authorId, email: author.EMail ?? '', displayName: author.Title ?? '' },
            confirmedAt: parseDate(item[CREATED]) ?? new Date(0),
            byRaiser: raisers.has(authorId)
          };
        })
      );
      return workerConfirmationState(facts, confirmations);
    });
  }
}
