import { useMutation, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { Busy, Outcome, Problem, Section } from '../components/Status.tsx';
import { graphql } from '../gql/index.ts';
import type { PreferenceChannel } from '../gql/graphql.ts';
import { LANGUAGES, useI18n } from '../i18n/index.ts';

const PreferencesQuery = graphql(`
  query PortalPreferences {
    topics {
      id
      name
      description
    }
    me {
      id
      wantedTopics
      unwantedTopics
      preferences {
        language
        channels {
          channel
          enabled
          active
          inactiveReason
        }
        frequencyCaps {
          channel
          max
          periodDays
        }
        quietHours {
          start
          end
        }
      }
    }
  }
`);

const SetPreferences = graphql(`
  mutation PortalSetPreferences($input: SetPreferencesInput!) {
    setPreferences(input: $input) {
      id
      preferences {
        frequencyCaps {
          channel
          max
          periodDays
        }
        language
        channels {
          channel
          enabled
          active
          inactiveReason
        }
        quietHours {
          start
          end
        }
      }
    }
  }
`);

const SetInterest = graphql(`
  mutation PortalSetInterest($profileId: ID!, $topic: ID!, $interested: Boolean!) {
    setInterest(profileId: $profileId, topic: $topic, interested: $interested) {
      id
      wantedTopics
      unwantedTopics
    }
  }
`);

const CHANNELS: PreferenceChannel[] = ['EMAIL', 'SMS', 'PUSH', 'PHONE', 'POST', 'IN_APP'];

/** How, how often and about what the customer hears from the company. */
export function Preferences() {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PreferencesQuery });
  const [saved, save] = useMutation(SetPreferences);
  const [interest, setInterest] = useMutation(SetInterest);
  // A switch shows the customer's choice at once; it falls back to what is stored if the change fails.
  const [switching, setSwitching] = useState<Partial<Record<PreferenceChannel, boolean>>>({});
  const switchChannel = async (profileId: string, channel: PreferenceChannel, enabled: boolean) => {
    setSwitching((now) => ({ ...now, [channel]: enabled }));
    await save({ input: { profileId, channels: [{ channel, enabled }] } });
    setSwitching(({ [channel]: _, ...rest }) => rest);
  };
  if (error && !data) return <Problem error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data?.me) return fetching ? <Busy /> : <p>{t('welcome.noProfile')}</p>;
  const me = data.me;
  const channelOf = (channel: PreferenceChannel) => me.preferences?.channels.find((c) => c.channel === channel);
  return (
    <>
      <h1>{t('preferences.title')}</h1>
      <p class="lead">{t('preferences.lead')}</p>
      <Section title={t('preferences.channels')} id="channels">
        <ul class="rows">
          {CHANNELS.map((channel) => {
            const current = channelOf(channel);
            const name = t(`consents.channel.${channel}`);
            const id = `channel-${channel}`;
            return (
              <li class="row" key={channel}>
                <div>
                  <label class="switch" for={id}>
                    <input
                      id={id}
                      type="checkbox"
                      role="switch"
                      checked={switching[channel] ?? current?.enabled ?? false}
                      disabled={saved.fetching}
                      onChange={(event) => switchChannel(me.id, channel, event.currentTarget.checked)}
                    />
                    <span>{name}</span>
                  </label>
                  {current?.enabled && !current.active && (
                    <p class="muted inactive">{t('preferences.inactive', { reason: current.inactiveReason ?? '' })}</p>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
        <Outcome fetching={saved.fetching} error={saved.error} />
      </Section>

      <Section title={t('preferences.topics')} id="topics">
        <ul class="rows">
          {data.topics.map((topic) => {
            const wanted = me.wantedTopics?.includes(topic.id) ?? false;
            const unwanted = me.unwantedTopics?.includes(topic.id) ?? false;
            return (
              <li class="row" key={topic.id}>
                <div>
                  <strong id={`topic-${topic.id}`}>{topic.name}</strong>
                  <p class="muted">{topic.description}</p>
                </div>
                <div class="actions" role="group" aria-labelledby={`topic-${topic.id}`}>
                  <button
                    type="button"
                    class={wanted ? '' : 'secondary'}
                    aria-pressed={wanted}
                    disabled={interest.fetching}
                    onClick={() => setInterest({ profileId: me.id, topic: topic.id, interested: true })}
                  >
                    {t('preferences.wanted')}
                  </button>
                  <button
                    type="button"
                    class={unwanted ? '' : 'secondary'}
                    aria-pressed={unwanted}
                    disabled={interest.fetching}
                    onClick={() => setInterest({ profileId: me.id, topic: topic.id, interested: false })}
                  >
                    {t('preferences.unwanted')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
        <Outcome fetching={interest.fetching} error={interest.error} />
      </Section>

      <Section title={t('preferences.language')} id="message-language">
        <label for="message-language-choice" class="visually-hidden">
          {t('preferences.language')}
        </label>
        <select
          id="message-language-choice"
          value={me.preferences?.language?.split('-')[0] ?? ''}
          onChange={(event) => save({ input: { profileId: me.id, language: event.currentTarget.value } })}
        >
          <option value="">{t('app.unknown')}</option>
          {Object.entries(LANGUAGES).map(([code, { name }]) => (
            <option key={code} value={code} lang={code}>
              {name}
            </option>
          ))}
        </select>
      </Section>

      <FrequencyCaps
        caps={me.preferences?.frequencyCaps ?? []}
        save={(cap) => save({ input: { profileId: me.id, frequencyCaps: [cap] } })}
        saving={saved.fetching}
      />

      <QuietHours
        profileId={me.id}
        current={me.preferences?.quietHours ?? null}
        save={(input) => save({ input: { profileId: me.id, ...input } })}
        saving={saved.fetching}
      />
    </>
  );
}

function QuietHours({
  current,
  save,
  saving,
}: {
  profileId: string;
  current: { start: string; end: string } | null;
  save: (input: { quietHours?: { start: string; end: string }; clearQuietHours?: boolean }) => unknown;
  saving: boolean;
}) {
  const { t } = useI18n();
  const [start, setStart] = useState(current?.start ?? '21:00');
  const [end, setEnd] = useState(current?.end ?? '08:00');
  return (
    <Section title={t('preferences.quietHours')} id="quiet-hours">
      <form
        class="inline"
        onSubmit={(event) => {
          event.preventDefault();
          save({ quietHours: { start, end } });
        }}
      >
        <label>
          {t('preferences.quietStart')}
          <input type="time" value={start} required onInput={(e) => setStart(e.currentTarget.value)} />
        </label>
        <label>
          {t('preferences.quietEnd')}
          <input type="time" value={end} required onInput={(e) => setEnd(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={saving}>
          {t('preferences.saveQuiet')}
        </button>
        {current && (
          <button type="button" class="secondary" disabled={saving} onClick={() => save({ clearQuietHours: true })}>
            {t('preferences.clearQuiet')}
          </button>
        )}
      </form>
    </Section>
  );
}

function FrequencyCaps({
  caps,
  save,
  saving,
}: {
  caps: readonly { channel: PreferenceChannel; max: number; periodDays: number }[];
  save: (cap: { channel: PreferenceChannel; max: number; periodDays: number }) => unknown;
  saving: boolean;
}) {
  const { t } = useI18n();
  const [channel, setChannel] = useState<PreferenceChannel>('EMAIL');
  const current = caps.find((cap) => cap.channel === channel);
  const [max, setMax] = useState(String(current?.max ?? 3));
  const [days, setDays] = useState(String(current?.periodDays ?? 7));
  return (
    <Section title={t('preferences.frequencyTitle')} id="frequency">
      {caps.length > 0 && (
        <ul class="plain caps">
          {caps.map((cap) => (
            <li key={cap.channel}>
              {t(`consents.channel.${cap.channel}`)}: {t('preferences.frequency')}{' '}
              {t('preferences.perDays', { count: cap.max, days: cap.periodDays })}
            </li>
          ))}
        </ul>
      )}
      <form
        class="inline"
        onSubmit={(event) => {
          event.preventDefault();
          save({ channel, max: Number(max), periodDays: Number(days) });
        }}
      >
        <label>
          {t('preferences.frequencyChannel')}
          <select
            value={channel}
            onChange={(e) => {
              const picked = e.currentTarget.value;
              const next = CHANNELS.find((known) => known === picked);
              if (!next) return;
              const cap = caps.find((c) => c.channel === next);
              setChannel(next);
              setMax(String(cap?.max ?? 3));
              setDays(String(cap?.periodDays ?? 7));
            }}
          >
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`consents.channel.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('preferences.frequencyMax')}
          <input type="number" inputMode="numeric" min={0} max={1000} required value={max} onInput={(e) => setMax(e.currentTarget.value)} />
        </label>
        <label>
          {t('preferences.frequencyDays')}
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            required
            value={days}
            onInput={(e) => setDays(e.currentTarget.value)}
          />
        </label>
        <button type="submit" disabled={saving}>
          {t('preferences.frequencySave')}
        </button>
      </form>
    </Section>
  );
}
