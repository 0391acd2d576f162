import { useQuery } from '@urql/preact';
import { Link } from '../components/Link.tsx';
import { Busy, Problem, Section } from '../components/Status.tsx';
import { graphql } from '../gql/index.ts';
import { useI18n } from '../i18n/index.ts';
import { SignUp } from './SignUp.tsx';

const OverviewQuery = graphql(`
  query PortalOverview {
    purposes {
      id
      name
    }
    me {
      id
      displayName
      email
      status
      processingRestricted
      sources {
        attribute
        provenance {
          source
          at
        }
      }
      consents {
        purpose
        channel
        status
      }
      wantedTopics
      unwantedTopics
      preferences {
        language
        channels {
          channel
          enabled
          active
        }
      }
      offerFeed(channel: WEB) {
        mode
        items {
          offer {
            id
            title
          }
        }
      }
      privacyRequests {
        id
        type
        status
        dueAt
      }
    }
  }
`);

/** The whole living profile at a glance: who, what they allowed, want, get, and their requests. */
export function Overview() {
  const i18n = useI18n();
  const { t } = i18n;
  const [{ data, fetching, error }, refetch] = useQuery({ query: OverviewQuery });
  if (error && !data) return <Problem error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  const me = data?.me;
  if (!me) return fetching ? <Busy /> : <SignUp onCreated={() => refetch({ requestPolicy: 'network-only' })} />;
  const granted = (me.consents ?? []).filter((c) => c.status === 'GRANTED');
  const sources = [...new Set(me.sources.map((s) => s.provenance.source))];
  const channelsOn = (me.preferences?.channels ?? []).filter((c) => c.enabled);
  const offers = me.offerFeed?.items ?? [];
  return (
    <>
      <h1>{t('overview.title', { name: me.displayName ?? '' })}</h1>
      <p class="lead">{t('overview.lead')}</p>
      {me.processingRestricted && <p class="notice">{t('overview.restricted')}</p>}
      <div class="grid">
        <Section title={t('overview.who')}>
          <p class="big">{me.displayName}</p>
          {me.email && <p>{me.email}</p>}
          <p class="muted">
            {t('privacy.sources')}: {sources.join(', ') || t('app.unknown')}
          </p>
          <Link screen="details">{t('nav.details')}</Link>
        </Section>
        <Section title={t('overview.allowed')}>
          <p>{t('overview.allowedCount', { count: granted.length })}</p>
          <ul class="plain">
            {granted.map((c) => (
              <li key={`${c.purpose}:${c.channel}`}>
                {data?.purposes.find((p) => p.id === c.purpose)?.name ?? c.purpose} · {t(`consents.channel.${c.channel}`)}
              </li>
            ))}
          </ul>
          <Link screen="consents">{t('nav.consents')}</Link>
        </Section>
        <Section title={t('overview.wants')}>
          <ul class="plain">
            {channelsOn.map((c) => (
              <li key={c.channel}>{t('preferences.channelOn', { channel: t(`consents.channel.${c.channel}`) })}</li>
            ))}
            {(me.wantedTopics ?? []).map((topic) => (
              <li key={topic}>
                {topic}: {t('preferences.wanted')}
              </li>
            ))}
          </ul>
          <Link screen="preferences">{t('nav.preferences')}</Link>
        </Section>
        <Section title={t('overview.gets')}>
          <p>{t('overview.offersCount', { count: offers.length })}</p>
          <ul class="plain">
            {offers.slice(0, 3).map((item) => (
              <li key={item.offer.id}>{item.offer.title}</li>
            ))}
          </ul>
          <Link screen="offers">{t('nav.offers')}</Link>
        </Section>
        <Section title={t('overview.rights')}>
          {me.privacyRequests?.length ? (
            <ul class="plain">
              {me.privacyRequests.map((r) => (
                <li key={r.id}>
                  {t(`privacy.type.${r.type}`)}: {t(`privacy.status.${r.status}`)} · {t('privacy.requestDue', { date: i18n.date(r.dueAt) })}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('overview.noRequests')}</p>
          )}
          <Link screen="privacy">{t('nav.privacy')}</Link>
        </Section>
      </div>
    </>
  );
}
