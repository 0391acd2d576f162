import { useMutation, useQuery } from '@urql/preact';
import { Busy, Outcome, Problem, Section } from '../components/Status.tsx';
import { graphql } from '../gql/index.ts';
import type { ConsentChannel } from '../gql/graphql.ts';
import { useI18n } from '../i18n/index.ts';

const ConsentsQuery = graphql(`
  query PortalConsents {
    purposes {
      id
      name
      description
      legalBasis
      refusable
      channels
      currentNotice {
        version
        summary
        url
      }
    }
    me {
      id
      consents {
        purpose
        channel
        status
        noticeVersion
        needsRenewal
        updatedAt
      }
    }
  }
`);

const PermissionQuery = graphql(`
  query PortalPermission($purpose: ID!, $channel: ConsentChannel!) {
    me {
      id
      mayProcess(purpose: $purpose, channel: $channel) {
        allowed
        code
        reason
      }
    }
  }
`);

const RecordConsent = graphql(`
  mutation PortalRecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      seq
      at
    }
  }
`);

/** What the customer allows, purpose by purpose and channel by channel, with the notice they agree to. */
export function Consents() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ConsentsQuery });
  if (error && !data) return <Problem error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data?.me) return fetching ? <Busy /> : <p>{t('welcome.noProfile')}</p>;
  const me = data.me;
  const consentOf = (purpose: string, channel: string) => me.consents?.find((c) => c.purpose === purpose && c.channel === channel);
  return (
    <>
      <h1>{t('consents.title')}</h1>
      <p class="lead">{t('consents.lead')}</p>
      {data.purposes.map((purpose) => (
        <Section key={purpose.id} title={purpose.name} id={`purpose-${purpose.id}`}>
          <p>{purpose.description}</p>
          {purpose.legalBasis === 'CONSENT' && purpose.currentNotice ? (
            <>
              <details class="notice-text">
                <summary>{t('consents.notice', { version: purpose.currentNotice.version })}</summary>
                <p>{purpose.currentNotice.summary}</p>
                {purpose.currentNotice.url && (
                  <p>
                    <a href={purpose.currentNotice.url} rel="noopener noreferrer" target="_blank">
                      {t('consents.readNotice')}
                    </a>
                  </p>
                )}
              </details>
              <ul class="rows">
                {purpose.channels.map((channel) => (
                  <ConsentRow
                    key={channel}
                    profileId={me.id}
                    purpose={purpose.id}
                    purposeName={purpose.name}
                    channel={channel}
                    noticeVersion={purpose.currentNotice!.version}
                    consent={consentOf(purpose.id, channel)}
                    onChanged={() => refetch({ requestPolicy: 'network-only' })}
                  />
                ))}
              </ul>
            </>
          ) : (
            <p class="muted">{t('consents.legalBasis', { basis: t(`consents.basis.${purpose.legalBasis}`) })}</p>
          )}
        </Section>
      ))}
    </>
  );
}

function ConsentRow(props: {
  profileId: string;
  purpose: string;
  purposeName: string;
  channel: ConsentChannel;
  noticeVersion: number;
  consent: { status: string; needsRenewal: boolean } | undefined;
  /** The decision was stored: the screen reads the consents again. */
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const [permission, refetchPermission] = useQuery({
    query: PermissionQuery,
    variables: { purpose: props.purpose, channel: props.channel },
  });
  const [recorded, record] = useMutation(RecordConsent);
  const granted = props.consent?.status === 'GRANTED';
  const channelName = t(`consents.channel.${props.channel}`);
  const decide = async (status: 'GRANTED' | 'WITHDRAWN') => {
    const result = await record({
      input: {
        profileId: props.profileId,
        purpose: props.purpose,
        channel: props.channel,
        status,
        proof: {
          noticeVersion: props.noticeVersion,
          collectionPoint: 'customer-portal',
          method: 'CHECKBOX',
          userAgent: navigator.userAgent,
        },
      },
    });
    if (result.error) return;
    refetchPermission({ requestPolicy: 'network-only' });
    props.onChanged();
  };
  const may = permission.data?.me?.mayProcess;
  const state = !may
    ? t('app.loading')
    : may.code === 'PENDING_CONFIRMATION'
      ? t('consents.pending')
      : may.allowed
        ? t('consents.mayProcess')
        : t('consents.mayNotProcess');
  return (
    <li class="row" data-purpose={props.purpose} data-channel={props.channel}>
      <div>
        <strong>{channelName}</strong>
        <span class={granted ? 'badge on' : 'badge'}>{granted ? t('consents.granted') : t('consents.notGranted')}</span>
        <p class="muted permission" aria-live="polite">
          {t('consents.now', { state })}
        </p>
      </div>
      <div class="actions">
        {granted && props.consent?.needsRenewal && (
          <button type="button" onClick={() => decide('GRANTED')} disabled={recorded.fetching}>
            {t('consents.renew')}
          </button>
        )}
        {granted ? (
          <button
            type="button"
            class="secondary"
            aria-label={`${t('consents.withdraw')}: ${props.purposeName}, ${channelName}`}
            onClick={() => decide('WITHDRAWN')}
            disabled={recorded.fetching}
          >
            {t('consents.withdraw')}
          </button>
        ) : (
          <button
            type="button"
            aria-label={`${t('consents.allow')}: ${props.purposeName}, ${channelName}`}
            onClick={() => decide('GRANTED')}
            disabled={recorded.fetching}
          >
            {t('consents.allow')}
          </button>
        )}
      </div>
      <Outcome fetching={recorded.fetching} error={recorded.error} />
    </li>
  );
}
