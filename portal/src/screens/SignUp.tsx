import { useClient, useMutation, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { Busy, Outcome, Problem, Section } from '../components/Status.tsx';
import { graphql } from '../gql/index.ts';
import type { ConsentChannel } from '../gql/graphql.ts';
import { useI18n } from '../i18n/index.ts';

const SignUpPurposes = graphql(`
  query PortalSignUpPurposes {
    purposes {
      id
      name
      description
      legalBasis
      channels
      currentNotice {
        version
        summary
      }
    }
  }
`);

const SignUpMutation = graphql(`
  mutation PortalSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      id
      displayName
    }
  }
`);

const SignUpConsent = graphql(`
  mutation PortalSignUpConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      seq
    }
  }
`);

/** One permission the customer may give on the form: a purpose on a channel, under its current notice. */
interface Choice {
  key: string;
  purpose: string;
  channel: ConsentChannel;
  noticeVersion: number;
}

/**
 * A signed-in customer without a profile creates their own: their name, and the permissions they
 * choose to give (none ticked in advance). The email is the one their sign-in verified. The profile
 * is created first; each permission is then recorded with the form as its proof.
 */
export function SignUp({ onCreated }: { onCreated: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const client = useClient();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SignUpPurposes });
  const [created, signUp] = useMutation(SignUpMutation);
  const [given, setGiven] = useState('');
  const [family, setFamily] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [consentProblem, setConsentProblem] = useState(false);
  if (error && !data) return <Problem error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return fetching ? <Busy /> : null;
  // What may be asked for at sign-up: each consent purpose with a notice, on each of its channels.
  const groups = data.purposes.flatMap((purpose) =>
    purpose.legalBasis === 'CONSENT' && purpose.currentNotice && purpose.channels.length
      ? [
          {
            purpose,
            summary: purpose.currentNotice.summary,
            choices: purpose.channels.map((channel): Choice => ({
              key: `${purpose.id}:${channel}`,
              purpose: purpose.id,
              channel,
              noticeVersion: purpose.currentNotice!.version,
            })),
          },
        ]
      : [],
  );
  const choices = groups.flatMap((group) => group.choices);
  const toggle = (key: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const submit = async () => {
    const name = given.trim() || family.trim() ? { given: given.trim() || null, family: family.trim() || null } : null;
    const result = await signUp({ input: { ...(name ? { name } : {}), locale: i18n.locale } });
    const profileId = result.data?.signUp.id;
    if (!profileId) return;
    let failed = false;
    for (const choice of choices.filter((c) => chosen.has(c.key))) {
      const recorded = await client
        .mutation(SignUpConsent, {
          input: {
            profileId,
            purpose: choice.purpose,
            channel: choice.channel,
            status: 'GRANTED',
            proof: {
              noticeVersion: choice.noticeVersion,
              collectionPoint: 'portal-sign-up',
              method: 'CHECKBOX',
              userAgent: navigator.userAgent,
            },
          },
        })
        .toPromise();
      if (recorded.error) failed = true;
    }
    // The profile exists either way; a permission that did not save can be given on Permissions.
    setConsentProblem(failed);
    if (!failed) onCreated();
  };

  if (consentProblem)
    return (
      <Section title={t('signUp.title')}>
        <p role="alert">{t('signUp.consentProblem')}</p>
        <button type="button" onClick={onCreated}>
          {t('signUp.continue')}
        </button>
      </Section>
    );

  return (
    <>
      <h1>{t('signUp.title')}</h1>
      <p class="lead">{t('signUp.lead')}</p>
      <Section title={t('signUp.details')} id="sign-up">
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <label>
            {t('details.given')}
            <input value={given} autocomplete="given-name" maxLength={200} onInput={(e) => setGiven(e.currentTarget.value)} />
          </label>
          <label>
            {t('details.family')}
            <input value={family} autocomplete="family-name" maxLength={200} onInput={(e) => setFamily(e.currentTarget.value)} />
          </label>
          <p class="muted">{t('signUp.email')}</p>
          {choices.length > 0 && (
            <fieldset>
              <legend>{t('signUp.permissions')}</legend>
              <p class="muted">{t('signUp.permissionsLead')}</p>
              {groups.map(({ purpose, summary, choices: offered }) => (
                <div class="choice-group" key={purpose.id}>
                  <strong>{purpose.name}</strong>
                  <p class="muted">{summary}</p>
                  {offered.map((choice) => (
                    <label class="switch" key={choice.key}>
                      <input
                        type="checkbox"
                        checked={chosen.has(choice.key)}
                        aria-label={`${purpose.name}: ${t(`consents.channel.${choice.channel}`)}`}
                        onChange={(e) => toggle(choice.key, e.currentTarget.checked)}
                      />
                      {t(`consents.channel.${choice.channel}`)}
                    </label>
                  ))}
                </div>
              ))}
            </fieldset>
          )}
          <button type="submit" disabled={created.fetching}>
            {t('signUp.create')}
          </button>
        </form>
        <Outcome fetching={created.fetching} error={created.error} />
      </Section>
    </>
  );
}
