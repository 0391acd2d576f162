import { useMutation, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { Busy, Outcome, Problem } from '../components/Status.tsx';
import { graphql } from '../gql/index.ts';
import { useI18n, type MessageKey } from '../i18n/index.ts';

const OffersQuery = graphql(`
  query PortalOffers {
    me {
      id
      automatedDecisionsUnderReview
      offerFeed(channel: WEB) {
        mode
        decisionId
        items {
          offer {
            id
            title
            description
            validUntil
          }
          explanation
        }
      }
    }
  }
`);

const Dismiss = graphql(`
  mutation PortalDismissOffer($profileId: ID!, $offerId: ID!) {
    dismissOffer(profileId: $profileId, offerId: $offerId) {
      id
    }
  }
`);
const Snooze = graphql(`
  mutation PortalSnoozeOffer($profileId: ID!, $offerId: ID!, $until: DateTime!) {
    snoozeOffer(profileId: $profileId, offerId: $offerId, until: $until) {
      id
    }
  }
`);
const NotThisKind = graphql(`
  mutation PortalNotThisKind($profileId: ID!, $offerId: ID!) {
    notInterestedInOfferKind(profileId: $profileId, offerId: $offerId) {
      id
    }
  }
`);

const AskReview = graphql(`
  mutation PortalAskHumanReview($input: OpenPrivacyRequestInput!) {
    openPrivacyRequest(input: $input) {
      id
      status
    }
  }
`);

const WEEK_MS = 7 * 24 * 3600_000;

/** The offers chosen for the customer, each saying why, with dismiss, snooze and "not this kind". */
export function Offers() {
  const i18n = useI18n();
  const { t } = i18n;
  const [{ data, fetching, error }, refetch] = useQuery({ query: OffersQuery });
  const [dismissed, dismiss] = useMutation(Dismiss);
  const [snoozed, snooze] = useMutation(Snooze);
  const [notKind, notThisKind] = useMutation(NotThisKind);
  const [reviewAsked, askReview] = useMutation(AskReview);
  const [done, setDone] = useState<MessageKey | null>(null);
  if (error && !data) return <Problem error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data?.me) return fetching ? <Busy /> : <p>{t('welcome.noProfile')}</p>;
  const me = data.me;
  const feed = me.offerFeed;
  const busy = dismissed.fetching || snoozed.fetching || notKind.fetching || reviewAsked.fetching;
  const act = async (action: () => Promise<{ error?: unknown }>, outcome: MessageKey) => {
    setDone(null);
    const result = await action();
    if (!result.error) {
      setDone(outcome);
      refetch({ requestPolicy: 'network-only' });
    }
  };
  return (
    <>
      <h1>{t('offers.title')}</h1>
      <p class="lead">{t('offers.lead')}</p>
      {me.automatedDecisionsUnderReview ? (
        <p class="notice" role="status">
          {t('offers.underReview')}
        </p>
      ) : (
        feed && <p class="muted">{t(`offers.mode.${feed.mode}`)}</p>
      )}
      {feed?.mode === 'PERSONALISED' && feed.decisionId && !me.automatedDecisionsUnderReview && (
        <div class="contest">
          <p>{t('offers.contestLead')}</p>
          <button
            type="button"
            class="secondary"
            disabled={reviewAsked.fetching}
            onClick={() =>
              act(() => askReview({ input: { profileId: me.id, type: 'HUMAN_REVIEW', decisionId: feed.decisionId } }), 'offers.reviewAsked')
            }
          >
            {t('offers.contest')}
          </button>
        </div>
      )}
      <Outcome
        fetching={busy}
        error={dismissed.error ?? snoozed.error ?? notKind.error ?? reviewAsked.error}
        done={done ? t(done) : undefined}
      />
      {!feed?.items.length ? (
        <p>{t('offers.none')}</p>
      ) : (
        <ul class="offers">
          {feed.items.map(({ offer, explanation }) => (
            <li class="card offer" key={offer.id} data-offer={offer.id}>
              <h2>{offer.title}</h2>
              <p>{offer.description}</p>
              {offer.validUntil && <p class="muted">{t('offers.until', { date: i18n.date(offer.validUntil) })}</p>}
              <details>
                <summary>{t('offers.why')}</summary>
                <ul>
                  {explanation.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </details>
              <div class="actions">
                {(
                  [
                    ['offers.dismiss', 'offers.dismissed', () => dismiss({ profileId: me.id, offerId: offer.id })],
                    [
                      'offers.snooze',
                      'offers.snoozed',
                      () => snooze({ profileId: me.id, offerId: offer.id, until: new Date(Date.now() + WEEK_MS).toISOString() }),
                    ],
                    ['offers.notThisKind', 'offers.notThisKindDone', () => notThisKind({ profileId: me.id, offerId: offer.id })],
                  ] as const
                ).map(([label, outcome, action]) => (
                  <button
                    key={label}
                    type="button"
                    class="secondary"
                    disabled={busy}
                    aria-label={`${t(label)}: ${offer.title}`}
                    onClick={() => act(action, outcome)}
                  >
                    {t(label)}
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
