import { useClient, useMutation, useQuery } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Busy, Outcome, Problem, Section } from '../components/Status.tsx';
import { graphql } from '../gql/index.ts';
import type { PrivacyRequestType } from '../gql/graphql.ts';
import { useI18n } from '../i18n/index.ts';

const PrivacyQuery = graphql(`
  query PortalPrivacy {
    purposes {
      id
      name
      refusable
    }
    transferDestinations {
      id
      name
    }
    me {
      id
      processingRestricted
      objections
      automatedDecisionOptOut
      privacyRequests {
        id
        type
        purpose
        status
        receivedAt
        dueAt
        daysLeft
        overdue
        completedAt
        resolution
        reviewOutcome
        withdrawable
        transfer {
          destination {
            name
          }
          status
          deliveredAt
        }
      }
      breachNotices {
        breachId
        title
        text
        notifiedAt
      }
      dataTransparency {
        sources
        recipients
        recipientsTracked
        summary
      }
      accessLog(first: 20) {
        clientId
        actor
        roles
        fields
        purpose
        at
      }
    }
  }
`);

const OpenRequest = graphql(`
  mutation PortalOpenPrivacyRequest($input: OpenPrivacyRequestInput!) {
    openPrivacyRequest(input: $input) {
      id
      type
      status
      dueAt
    }
  }
`);

const WithdrawRequest = graphql(`
  mutation PortalWithdrawPrivacyRequest($id: ID!) {
    withdrawPrivacyRequest(id: $id) {
      id
      status
      withdrawable
    }
  }
`);

const ExportQuery = graphql(`
  query PortalExport($id: ID!, $locale: String) {
    privacyRequest(id: $id) {
      id
      status
      export {
        format
        document
        html(locale: $locale)
      }
    }
  }
`);

const ErasureQuery = graphql(`
  query PortalErasure($id: ID!) {
    privacyRequest(id: $id) {
      id
      status
      receipt
      resolution
    }
  }
`);

const FINISHED = new Set(['COMPLETED', 'REJECTED', 'WITHDRAWN']);
const POLL_MS = 1000;

/** Saves `content` as a file through the browser's own download (no server round trip). */
function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Asks `check` every second until it says the request finished; stops when the screen goes. */
function usePoll(active: boolean, check: () => Promise<boolean>) {
  const stopped = useRef(false);
  useEffect(() => {
    stopped.current = false;
    if (!active) return;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      if (stopped.current) return;
      if (!(await check().catch(() => false)) && !stopped.current) timer = setTimeout(tick, POLL_MS);
    };
    timer = setTimeout(tick, POLL_MS);
    return () => {
      stopped.current = true;
      clearTimeout(timer);
    };
  }, [active]);
}

/** The customer's rights: a copy, erasure, restriction, objection, automated decisions, and who saw what. */
export function Privacy({ onErased }: { onErased: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [{ data, fetching, error }, refetch] = useQuery({ query: PrivacyQuery });
  const [opened, open] = useMutation(OpenRequest);
  const [withdrawn, withdraw] = useMutation(WithdrawRequest);
  const ask = async (type: PrivacyRequestType, choice: { purpose?: string; transferTo?: string } = {}) => {
    const result = await open({ input: { profileId: data!.me!.id, type, ...choice } });
    refetch({ requestPolicy: 'network-only' });
    return result.data?.openPrivacyRequest;
  };
  const pending = (data?.me?.privacyRequests ?? []).some((r) => !FINISHED.has(r.status));
  usePoll(pending, async () => {
    refetch({ requestPolicy: 'network-only' });
    return false;
  });

  if (error && !data) return <Problem error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data?.me) return fetching ? <Busy /> : <p>{t('welcome.noProfile')}</p>;
  const me = data.me;
  const objectable = data.purposes.filter((p) => !me.objections?.includes(p.id));
  const liftAsked = me.privacyRequests?.some((r) => r.type === 'RESTRICTION_LIFT' && !FINISHED.has(r.status));
  return (
    <>
      <h1>{t('privacy.title')}</h1>
      <p class="lead">{t('privacy.lead')}</p>

      <ExportSection ask={() => ask('ACCESS')} />

      {data.transferDestinations.length > 0 && (
        <Section title={t('privacy.transfer')} id="transfer">
          <p>{t('privacy.transferLead')}</p>
          <ChooseAndAsk
            label={t('privacy.transferTo')}
            options={data.transferDestinations}
            action={t('privacy.transferAsk')}
            busy={opened.fetching}
            onAsk={(transferTo) => ask('PORTABILITY', { transferTo })}
          />
        </Section>
      )}

      <Section title={t('privacy.restrict')} id="restrict">
        <p>{t('privacy.restrictLead')}</p>
        {me.processingRestricted ? (
          <>
            <p class="done">{t('privacy.restricted')}</p>
            {liftAsked ? (
              <p class="muted">{t('privacy.liftAsked')}</p>
            ) : (
              <button type="button" class="secondary" disabled={opened.fetching} onClick={() => ask('RESTRICTION_LIFT')}>
                {t('privacy.liftAsk')}
              </button>
            )}
          </>
        ) : (
          <button type="button" class="secondary" disabled={opened.fetching} onClick={() => ask('RESTRICTION')}>
            {t('privacy.restrictAsk')}
          </button>
        )}
      </Section>

      <Section title={t('privacy.object')} id="object">
        <p>{t('privacy.objectLead')}</p>
        <ChooseAndAsk
          label={t('privacy.objectPurpose')}
          options={objectable}
          action={t('privacy.objectAsk')}
          busy={opened.fetching}
          onAsk={(purpose) => ask('OBJECTION', { purpose })}
        />
        {!!me.objections?.length && (
          <p class="muted">{me.objections.map((id) => data.purposes.find((p) => p.id === id)?.name ?? id).join(', ')}</p>
        )}
      </Section>

      <Section title={t('privacy.automated')} id="automated">
        <p>{t('privacy.automatedLead')}</p>
        {me.automatedDecisionOptOut ? (
          <p class="done">{t('privacy.automatedOptedOut')}</p>
        ) : (
          <button type="button" class="secondary" disabled={opened.fetching} onClick={() => ask('AUTOMATED_DECISION_OPT_OUT')}>
            {t('privacy.automatedOptOut')}
          </button>
        )}
      </Section>
      <Outcome fetching={opened.fetching} error={opened.error} />

      <ErasureSection ask={() => ask('ERASURE')} onErased={onErased} />

      <Section title={t('privacy.requests')} id="requests">
        {me.privacyRequests?.length ? (
          <ul class="rows">
            {me.privacyRequests.map((r) => (
              <li class="row request" key={r.id} data-type={r.type} data-status={r.status}>
                <div>
                  <strong>{t(`privacy.type.${r.type}`)}</strong>
                  <span class={r.status === 'COMPLETED' ? 'badge on' : 'badge'}>{t(`privacy.status.${r.status}`)}</span>
                  <p class="muted">
                    {r.completedAt
                      ? t('privacy.requestCompleted', { date: i18n.date(r.completedAt) })
                      : `${t('privacy.requestDue', { date: i18n.date(r.dueAt) })} · ${
                          r.overdue ? t('privacy.requestOverdue') : t('privacy.requestDaysLeft', { count: r.daysLeft })
                        }`}
                  </p>
                  {r.reviewOutcome && <p>{t(`privacy.reviewOutcome.${r.reviewOutcome}`)}</p>}
                  {r.transfer && (
                    <p class="transfer">
                      {r.transfer.status === 'DELIVERED' && r.transfer.deliveredAt
                        ? t('privacy.transferDelivered', { to: r.transfer.destination.name, date: i18n.date(r.transfer.deliveredAt) })
                        : t(`privacy.transferStatus.${r.transfer.status}`, { to: r.transfer.destination.name })}
                    </p>
                  )}
                  {r.resolution && <p class="muted">{r.resolution}</p>}
                </div>
                {r.withdrawable && (
                  <button
                    type="button"
                    class="secondary"
                    disabled={withdrawn.fetching}
                    aria-label={t('privacy.withdrawOne', { request: t(`privacy.type.${r.type}`) })}
                    onClick={async () => {
                      await withdraw({ id: r.id });
                      refetch({ requestPolicy: 'network-only' });
                    }}
                  >
                    {t('privacy.withdraw')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('overview.noRequests')}</p>
        )}
        <Outcome fetching={withdrawn.fetching} error={withdrawn.error} />
      </Section>

      {!!me.breachNotices?.length && (
        <Section title={t('privacy.breaches')} id="breaches">
          <p>{t('privacy.breachesLead')}</p>
          <ul class="plain breach-notices">
            {me.breachNotices.map((notice) => (
              <li key={notice.breachId}>
                <h3>{notice.title}</h3>
                <p class="muted">{t('privacy.breachNotified', { date: i18n.date(notice.notifiedAt) })}</p>
                <p>{notice.text}</p>
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section title={t('privacy.transparency')} id="transparency">
        {me.dataTransparency && (
          <>
            <p>{me.dataTransparency.summary}</p>
            <h3>{t('privacy.sources')}</h3>
            <p>{me.dataTransparency.sources.join(', ') || t('app.unknown')}</p>
            <h3>{t('privacy.recipients')}</h3>
            <p>{me.dataTransparency.recipients.join(', ') || t('privacy.noRecipients')}</p>
          </>
        )}
        <h3>{t('privacy.accessLog')}</h3>
        {me.accessLog?.length ? (
          <ul class="plain access-log">
            {me.accessLog.map((entry, index) => (
              <li key={`${entry.at}-${index}`}>
                {t('privacy.accessEntry', {
                  who: entry.actor ? `${entry.clientId} (${entry.roles.join(', ')})` : entry.clientId,
                  fields: entry.fields.join(', '),
                  date: i18n.dateTime(entry.at),
                })}
                {entry.purpose && ` ${t('privacy.accessPurpose', { purpose: entry.purpose })}`}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('privacy.noAccess')}</p>
        )}
      </Section>
    </>
  );
}

type Opened = { id: string } | undefined;

/** One of a list to choose (a purpose to object to, a company to send data to) and the button that asks for it. */
function ChooseAndAsk({
  label,
  options,
  action,
  busy,
  onAsk,
}: {
  label: string;
  options: readonly { id: string; name: string }[];
  action: string;
  busy: boolean;
  onAsk: (id: string) => Promise<Opened>;
}) {
  const [chosen, setChosen] = useState('');
  return (
    <form
      class="inline"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) void onAsk(chosen);
      }}
    >
      <label>
        {label}
        <select value={chosen} required onChange={(e) => setChosen(e.currentTarget.value)}>
          <option value="" />
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" class="secondary" disabled={busy || !chosen}>
        {action}
      </button>
    </form>
  );
}

function ExportSection({ ask }: { ask: () => Promise<Opened> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const client = useClient();
  const [requestId, setRequestId] = useState<string | null>(null);
  const [files, setFiles] = useState<{ json: string; html: string } | null>(null);
  usePoll(Boolean(requestId) && !files, async () => {
    const result = await client
      .query(ExportQuery, { id: requestId!, locale: i18n.language }, { requestPolicy: 'network-only' })
      .toPromise();
    const request = result.data?.privacyRequest;
    if (request?.status === 'COMPLETED' && request.export) {
      setFiles({ json: JSON.stringify(request.export.document, null, 2), html: request.export.html });
      return true;
    }
    return request ? FINISHED.has(request.status) : false;
  });
  return (
    <Section title={t('privacy.download')} id="download">
      <p>{t('privacy.downloadLead')}</p>
      {files ? (
        <div class="actions">
          <button type="button" onClick={() => download('my-living-profile.html', 'text/html', files.html)}>
            {t('privacy.downloadReadable')}
          </button>
          <button type="button" onClick={() => download('my-living-profile.json', 'application/json', files.json)}>
            {t('privacy.downloadFile')}
          </button>
        </div>
      ) : requestId ? (
        <Busy label={t('privacy.preparing')} />
      ) : (
        <button
          type="button"
          onClick={async () => {
            const opened = await ask();
            if (opened) setRequestId(opened.id);
          }}
        >
          {t('privacy.askCopy')}
        </button>
      )}
    </Section>
  );
}

function ErasureSection({ ask, onErased }: { ask: () => Promise<Opened>; onErased: () => void }) {
  const { t } = useI18n();
  const client = useClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const [requestId, setRequestId] = useState<string | null>(null);
  const [erased, setErased] = useState(false);
  usePoll(Boolean(requestId) && !erased, async () => {
    const result = await client.query(ErasureQuery, { id: requestId! }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data?.privacyRequest?.status === 'COMPLETED') {
      setErased(true);
      onErased();
      return true;
    }
    return false;
  });
  return (
    <Section title={t('privacy.erase')} id="erase">
      <p>{t('privacy.eraseLead')}</p>
      {erased ? (
        <p class="done" role="status">
          {t('privacy.erased')}
        </p>
      ) : requestId ? (
        <Busy />
      ) : (
        <button type="button" class="danger" onClick={() => dialog.current?.showModal()}>
          {t('privacy.eraseAsk')}
        </button>
      )}
      <dialog ref={dialog} aria-labelledby="erase-title" aria-describedby="erase-body">
        <h2 id="erase-title">{t('privacy.eraseConfirmTitle')}</h2>
        <p id="erase-body">{t('privacy.eraseConfirmBody')}</p>
        <div class="actions">
          <button type="button" class="secondary" onClick={() => dialog.current?.close()}>
            {t('app.cancel')}
          </button>
          <button
            type="button"
            class="danger"
            onClick={async () => {
              dialog.current?.close();
              const opened = await ask();
              if (opened) setRequestId(opened.id);
            }}
          >
            {t('privacy.eraseConfirm')}
          </button>
        </div>
      </dialog>
    </Section>
  );
}
