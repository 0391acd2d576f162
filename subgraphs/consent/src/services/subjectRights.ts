import type { EventCatalogue } from '#kit/events/catalogue.ts';
import type { DeliveryStore } from '#kit/events/delivery/store.ts';
import { affectedIn, type SubjectRights } from '#kit/subjectRights.ts';
import type { ConsentService } from './consentService.ts';
import type { ConsentStore } from '../store/consentStore.ts';
import { foldLedger } from '../domain/state.ts';

const CATEGORIES = ['consent decisions and their proof', 'restriction, objection and opt-outs'];
const PURPOSES = ['proof of consent (GDPR Art. 7(1))', 'honouring the customer’s choices'];

/**
 * Consent's side of the contract. Export: the whole ledger with proof. Erase: the subject's key is
 * shredded (IP hashes, user agents and reasons become unreadable) and an ERASURE entry closes the
 * ledger, which stays verifiable: the record that consent existed and was erased. Restrict: the
 * restriction state the other subgraphs read (set only through this contract, by the privacy orchestrator).
 * Webhook deliveries about the subject are exported (which systems were told what, and when) and
 * removed on erasure; the `subject.erased` event that follows still tells every subscriber. So are
 * the events the other subgraphs handed over about the subject, but for the erasure announcements
 * still to be sent.
 */
export function consentSubjectRights({
  consents,
  store: { ledger, models },
  deliveries: webhooks,
  catalogue,
}: {
  consents: ConsentService;
  store: ConsentStore;
  /** The event delivery engine's store, which consent's process hosts: what was handed over and sent about the subject. */
  deliveries: DeliveryStore;
  /** The declared event types: an erasure keeps the events that announce erasures, still to be sent. */
  catalogue: () => Promise<EventCatalogue>;
}): SubjectRights {
  return {
    async export(subjectId) {
      const entries = await consents.entriesFor([subjectId]);
      const personal = await consents.openPersonal(entries);
      return {
        subgraph: 'consent',
        subjectId,
        generatedAt: new Date().toISOString(),
        records: {
          consent_ledger: JSON.parse(JSON.stringify(entries.map(({ sealed: _s, ...e }) => ({ ...e, proof: personal.get(e._id) ?? null })))),
          webhook_deliveries: JSON.parse(JSON.stringify(await webhooks.deliveriesAbout(subjectId))),
          external_events: JSON.parse(JSON.stringify(await webhooks.externalEventsAbout(subjectId))),
        },
      };
    },
    async erase(subjectId) {
      const { shredded, entry } = await consents.erase(subjectId, {
        source: 'privacy-orchestrator',
        channel: 'internal',
        actor: null,
        at: new Date(),
      });
      const deletedCount = await webhooks.forgetDeliveriesAbout(subjectId);
      // What the subgraphs handed over about the subject goes too, but for the erasure announcements
      // (identity's profile.erased) that the relay has still to send.
      const declared = await catalogue();
      const forgotten = await webhooks.forgetExternalEventsAbout(subjectId, declared.types().filter(declared.isErasure));
      return {
        subgraph: 'consent',
        subjectId,
        erasedAt: new Date().toISOString(),
        removed: {
          subject_keys: shredded ? 1 : 0,
          ledger_closed: entry ? 1 : 0,
          webhook_deliveries: deletedCount,
          external_events: forgotten,
        },
      };
    },
    async restrict(subjectId, restricted, provenance) {
      const entry = await consents.setFlag(subjectId, 'RESTRICTION', restricted, null, provenance);
      return { subgraph: 'consent', subjectId, restricted, changedAt: entry.at.toISOString() };
    },
    affected: (window) =>
      affectedIn(
        'consent',
        [{ model: models.ledger, subjectField: 'subjectId', categories: CATEGORIES, purposes: PURPOSES, writtenAtField: 'at' }],
        window,
      ),
    async recordChoice(subjectId, choice, provenance) {
      if (choice.kind === 'objection') await consents.setObjection(subjectId, choice.purpose, true, 'data-subject request', provenance);
      else await consents.setFlag(subjectId, 'AUTOMATED_DECISIONS', true, 'data-subject request', provenance);
      return { recorded: true };
    },
    async inventory(subjectId) {
      const entries = await consents.entriesFor([subjectId]);
      if (!entries.length || foldLedger(entries).erasedAt) {
        return { subgraph: 'consent', subjectId, holds: [] };
      }
      const [imported, recipients] = await Promise.all([ledger.countImportsOf(subjectId), webhooks.recipientsOf(subjectId)]);
      return {
        subgraph: 'consent',
        subjectId,
        // Every subscriber that was sent an event about the subject is a recipient of their data.
        recipients: [...new Set(recipients)].sort(),
        holds: [
          {
            collection: ledger.names.ledger,
            count: entries.length,
            categories: CATEGORIES,
            purposes: PURPOSES,
            retention: 'Kept as proof of your choices; after an erasure only the record that they existed remains.',
          },
          ...(imported ? [{ collection: ledger.names.imports, count: imported, categories: ['import markers'], purposes: PURPOSES }] : []),
        ],
      };
    },
  };
}
