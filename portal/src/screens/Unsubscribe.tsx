import { useMutation } from '@urql/preact';
import { Busy, Problem } from '../components/Status.tsx';
import { graphql } from '../gql/index.ts';
import { useI18n } from '../i18n/index.ts';

const UnsubscribeMutation = graphql(`
  mutation PortalUnsubscribe($token: String!) {
    unsubscribe(token: $token) {
      purpose {
        id
        name
      }
      channel
      at
    }
  }
`);

/**
 * The landing page of an unsubscribe link: no sign-in (the token is the credential, and it can
 * only withdraw), one click. Not on opening the page: mail scanners open links too.
 */
export function Unsubscribe({ token }: { token: string | null }) {
  const { t } = useI18n();
  const [result, unsubscribe] = useMutation(UnsubscribeMutation);
  if (!token) return <p role="alert">{t('confirm.missing')}</p>;
  const done = result.data?.unsubscribe;
  return (
    <>
      <h1>{t('unsubscribe.title')}</h1>
      {done ? (
        <>
          <p class="done" role="status">
            {t('unsubscribe.done', { purpose: done.purpose.name, channel: t(`consents.channel.${done.channel}`) })}
          </p>
          <p>{t('unsubscribe.more')}</p>
          <p>
            <a href="/portal/consents">{t('nav.consents')}</a>
          </p>
        </>
      ) : result.fetching ? (
        <Busy />
      ) : (
        <>
          <p>{t('unsubscribe.lead')}</p>
          {result.error && <Problem error={result.error} />}
          <button type="button" onClick={() => unsubscribe({ token })}>
            {t('unsubscribe.button')}
          </button>
        </>
      )}
    </>
  );
}
