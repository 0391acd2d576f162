import { useMutation } from '@urql/preact';
import { Busy, Problem } from '../components/Status.tsx';
import { graphql } from '../gql/index.ts';
import { useI18n } from '../i18n/index.ts';

const ConfirmConsent = graphql(`
  mutation PortalConfirmConsent($token: String!) {
    confirmConsent(token: $token) {
      seq
      at
      type
    }
  }
`);

/**
 * The landing page of a double opt-in link: no sign-in, the token is the credential. The
 * customer confirms with a button rather than on opening the page, because mail scanners open
 * links too and must not consent for anyone.
 */
export function Confirm({ token }: { token: string | null }) {
  const { t } = useI18n();
  const [result, confirm] = useMutation(ConfirmConsent);
  if (!token) return <p role="alert">{t('confirm.missing')}</p>;
  const entry = result.data?.confirmConsent;
  return (
    <>
      <h1>{t('confirm.title')}</h1>
      {entry ? (
        <p class="done" role="status">
          {t('confirm.done')}
        </p>
      ) : result.fetching ? (
        <Busy label={t('confirm.working')} />
      ) : (
        <>
          {result.error && <Problem error={result.error} />}
          <button type="button" onClick={() => confirm({ token })}>
            {t('confirm.title')}
          </button>
        </>
      )}
    </>
  );
}
