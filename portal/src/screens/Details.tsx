import { useMutation, useQuery } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import { Busy, Outcome, Problem, Section } from '../components/Status.tsx';
import { graphql } from '../gql/index.ts';
import { useI18n } from '../i18n/index.ts';

const DetailsQuery = graphql(`
  query PortalDetails {
    me {
      id
      name {
        given
        family
        provenance {
          source
          channel
          at
        }
      }
      birthDate
      emails {
        id
        address
        verified
        provenance {
          source
          at
        }
      }
      phones {
        id
        number
        verified
      }
      addresses {
        id
        lines
        city
        postalCode
        country
      }
      identifiers {
        source
      }
      history {
        id
        attribute
        reason
        changedAt
        changedBy {
          source
          channel
        }
      }
    }
  }
`);

const Rectify = graphql(`
  mutation PortalRectify($id: ID!, $input: RectifyProfileInput!, $reason: String) {
    rectifyProfile(id: $id, input: $input, reason: $reason) {
      id
      displayName
      name {
        given
        family
      }
      birthDate
    }
  }
`);

/** Who we think the customer is, where each value came from, their corrections and its history. */
export function Details() {
  const i18n = useI18n();
  const { t } = i18n;
  const [{ data, fetching, error }, refetch] = useQuery({ query: DetailsQuery });
  const [saved, save] = useMutation(Rectify);
  const [given, setGiven] = useState('');
  const [family, setFamily] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [done, setDone] = useState(false);
  const me = data?.me;
  useEffect(() => {
    if (!me) return;
    setGiven(me.name?.given ?? '');
    setFamily(me.name?.family ?? '');
    setBirthDate(me.birthDate ?? '');
  }, [me?.id, me?.name?.given, me?.name?.family, me?.birthDate]);
  if (error && !data) return <Problem error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!me) return fetching ? <Busy /> : <p>{t('welcome.noProfile')}</p>;
  const provenance = me.name?.provenance;
  return (
    <>
      <h1>{t('details.title')}</h1>
      <p class="lead">{t('details.lead')}</p>
      <Section title={t('details.title')} id="name">
        <form
          class="stack"
          onSubmit={async (event) => {
            event.preventDefault();
            setDone(false);
            const result = await save({
              id: me.id,
              input: { name: { given: given.trim(), family: family.trim() }, ...(birthDate ? { birthDate } : {}) },
              reason: t('details.reason'),
            });
            if (!result.error) {
              setDone(true);
              refetch({ requestPolicy: 'network-only' });
            }
          }}
        >
          <label>
            {t('details.given')}
            <input value={given} autocomplete="given-name" onInput={(e) => setGiven(e.currentTarget.value)} />
          </label>
          <label>
            {t('details.family')}
            <input value={family} autocomplete="family-name" onInput={(e) => setFamily(e.currentTarget.value)} />
          </label>
          <label>
            {t('details.birthDate')}
            <input type="date" value={birthDate} autocomplete="bday" onInput={(e) => setBirthDate(e.currentTarget.value)} />
          </label>
          {provenance && (
            <p class="muted">
              {t('details.source', { source: provenance.source, channel: provenance.channel, date: i18n.date(provenance.at) })}
            </p>
          )}
          <div>
            <button type="submit" disabled={saved.fetching}>
              {t('details.save')}
            </button>
          </div>
          <Outcome fetching={saved.fetching} error={saved.error} done={done ? t('app.saved') : undefined} />
        </form>
      </Section>

      <Section title={t('details.contacts')} id="contacts">
        <ul class="plain">
          {me.emails.map((email) => (
            <li key={email.id}>
              {email.address} · {email.verified ? t('details.verified') : t('details.unverified')} ·{' '}
              <span class="muted">
                {t('details.source', { source: email.provenance.source, channel: '', date: i18n.date(email.provenance.at) })}
              </span>
            </li>
          ))}
          {me.phones.map((phone) => (
            <li key={phone.id}>
              {phone.number} · {phone.verified ? t('details.verified') : t('details.unverified')}
            </li>
          ))}
        </ul>
      </Section>

      {me.addresses.length > 0 && (
        <Section title={t('details.addresses')} id="addresses">
          <ul class="plain">
            {me.addresses.map((address) => (
              <li key={address.id}>{[...address.lines, address.postalCode, address.city, address.country].filter(Boolean).join(', ')}</li>
            ))}
          </ul>
        </Section>
      )}

      <Section title={t('details.identifiers')} id="identifiers">
        <p>{[...new Set(me.identifiers.map((i) => i.source))].join(', ') || t('app.unknown')}</p>
      </Section>

      <Section title={t('details.history')} id="history">
        {me.history.length ? (
          <ul class="plain history">
            {[...me.history].reverse().map((change) => (
              <li key={change.id}>
                {t('details.changed', {
                  attribute: change.attribute,
                  date: i18n.dateTime(change.changedAt),
                  source: change.changedBy.source,
                })}
                {change.reason && <span class="muted"> · {change.reason}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('details.noHistory')}</p>
        )}
      </Section>
    </>
  );
}
