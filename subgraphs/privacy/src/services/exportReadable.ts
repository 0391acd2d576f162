import type { ExportDocument } from './exportDocument.ts';
import { escapeHtml } from '#kit/html.ts';
import { THAI_RUN, thaiFontFaces } from './exportFonts.ts';
import { isRecord } from '#kit/guards.ts';

/**
 * The export for a person (GDPR Art. 15: "in a concise, transparent, intelligible and easily
 * accessible form", Art. 12(1)): the same records as the machine-readable document, arranged by
 * kind of data in plain words, with sources and purposes named and dates in the customer's own
 * locale and time zone, without ids, hashes or internal field names. Rendered as text, as a
 * self-contained page, and as a PDF (exportPdf.ts), all from this one model.
 */
export interface ReadableItem {
  label: string;
  value: string;
  /** Where it came from and when, or what it means. */
  detail?: string;
}

export interface ReadableSection {
  title: string;
  intro: string;
  items: ReadableItem[];
  /** Said when there is nothing to list. */
  empty: string;
}

export interface ReadableExport {
  /** BCP 47 language tag the dates are written in. */
  locale: string;
  timeZone: string;
  title: string;
  subtitle: string;
  sections: ReadableSection[];
}

/**
 * A record of the export document, read leniently: the document holds what each subgraph stored,
 * in shapes that changed over the years, so every read below is optional and rendered as text.
 * Only objects get this type (`objectsIn`, `objectOr`); anything else is left out.
 */
type Json = Record<string, any>;

/** The objects of a list (anything else in it is left out). */
const objectsIn = (list: readonly unknown[] | undefined): Json[] => (list ?? []).filter(isRecord);

/** `value` if it is an object, else an empty one. */
const objectOr = (value: unknown): Json => (isRecord(value) ? value : {});

const CHANNELS: Record<string, string> = {
  EMAIL: 'email',
  SMS: 'text message',
  PUSH: 'push notification',
  POST: 'post',
  PHONE: 'phone call',
  WEB: 'our website',
  IN_APP: 'our app',
  PARTNER: 'our partners',
};
const STATUSES: Record<string, string> = {
  GRANTED: 'allowed',
  DENIED: 'refused',
  WITHDRAWN: 'withdrawn',
  PENDING: 'waiting for your confirmation',
};
const REQUEST_TYPES: Record<string, string> = {
  ACCESS: 'a copy of your data',
  PORTABILITY: 'your data to take elsewhere',
  ERASURE: 'erasure of your data',
  RECTIFICATION: 'correction of your data',
  RESTRICTION: 'restriction of processing',
  OBJECTION: 'an objection',
  AUTOMATED_DECISION_OPT_OUT: 'no automated decisions about you',
  RESTRICTION_LIFT: 'lifting the restriction of processing',
  HUMAN_REVIEW: 'a person to review an automated decision',
};
const REQUEST_STATUSES: Record<string, string> = {
  RECEIVED: 'received',
  IN_PROGRESS: 'in progress',
  COMPLETED: 'completed',
  REJECTED: 'rejected',
  WITHDRAWN: 'withdrawn by you',
};

/** `personalised-offers` → "Personalised offers", `SOURCE_SYSTEM` → "source system". */
const words = (key: string) => key.replace(/[-_]+/g, ' ').trim().toLowerCase();
const sentence = (key: string) => {
  const text = words(key);
  return text.charAt(0).toUpperCase() + text.slice(1);
};
const channel = (key: string | null | undefined) => (key ? (CHANNELS[key] ?? words(key)) : 'any channel');

/** A valid BCP 47 tag Intl accepts, else British English. */
export function usableLocale(candidate: string | null | undefined): string {
  try {
    return candidate ? (Intl.getCanonicalLocales(candidate)[0] ?? 'en-GB') : 'en-GB';
  } catch {
    return 'en-GB';
  }
}
function usableTimeZone(candidate: string | null | undefined): string {
  try {
    if (candidate) new Intl.DateTimeFormat('en', { timeZone: candidate });
    return candidate || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * The language and time zone to write the export in: asked for, else the customer's own (identity's
 * locale and time zone, or their preferred language), else British English and UTC.
 */
export function readerOf(document: ExportDocument, asked?: string | null): { locale: string; timeZone: string } {
  const profile = objectOr(document.subgraphs.identity?.records.profiles?.[0]);
  const preferences = objectOr(document.subgraphs.preference?.records.preference_sets?.[0]);
  return {
    locale: usableLocale(asked ?? profile.locale?.value ?? preferences.language),
    timeZone: usableTimeZone(profile.timeZone?.value ?? preferences.quietHours?.timeZone),
  };
}

export function readableExport(document: ExportDocument, reader: { locale: string; timeZone: string }): ReadableExport {
  const dateTime = new Intl.DateTimeFormat(reader.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: reader.timeZone });
  const dateOnly = new Intl.DateTimeFormat(reader.locale, { dateStyle: 'long', timeZone: 'UTC' });
  const when = (value: unknown) => {
    const date = new Date(String(value));
    return value && !Number.isNaN(date.getTime()) ? dateTime.format(date) : '';
  };
  const day = (value: unknown) => {
    const date = new Date(`${String(value)}T00:00:00Z`);
    return value && !Number.isNaN(date.getTime()) ? dateOnly.format(date) : String(value ?? '');
  };
  const origin = (provenance: Json | null | undefined) => {
    if (!provenance) return undefined;
    const by = provenance.source
      ? `from ${provenance.source}${provenance.channel ? ` (${words(provenance.channel)})` : ''}`
      : 'source not recorded';
    return provenance.at ? `${by}, ${when(provenance.at)}` : by;
  };
  const records = (subgraph: string, collection: string) => objectsIn(document.subgraphs[subgraph]?.records[collection]);

  // Who you are: the profile and any profile merged into it.
  const identity: ReadableItem[] = [];
  for (const profile of records('identity', 'profiles')) {
    if (profile.status === 'ERASED') continue;
    const merged = profile.status === 'MERGED' ? ' (a duplicate profile, merged into your profile)' : '';
    const name = profile.name && [profile.name.display, [profile.name.given, profile.name.family].filter(Boolean).join(' ')].find(Boolean);
    if (name) identity.push({ label: `Name${merged}`, value: name, detail: origin(profile.name.provenance) });
    if (profile.birthDate?.value)
      identity.push({ label: 'Date of birth', value: day(profile.birthDate.value), detail: origin(profile.birthDate.provenance) });
    for (const email of profile.emails ?? [])
      identity.push({
        label: email.primary ? 'Email address (main)' : 'Email address',
        value: email.value,
        detail: [email.verified ? 'confirmed by you' : 'not confirmed yet', origin(email.provenance)].filter(Boolean).join('; '),
      });
    for (const phone of profile.phones ?? [])
      identity.push({
        label: phone.primary ? 'Phone number (main)' : 'Phone number',
        value: phone.value,
        detail: [phone.verified ? 'confirmed by you' : 'not confirmed yet', origin(phone.provenance)].filter(Boolean).join('; '),
      });
    for (const address of profile.addresses ?? [])
      identity.push({
        label: address.label ? `Address (${address.label})` : 'Postal address',
        value: [...(address.lines ?? []), [address.postalCode, address.city].filter(Boolean).join(' '), address.region, address.country]
          .filter(Boolean)
          .join(', '),
        detail: origin(address.provenance),
      });
    if (profile.locale?.value) identity.push({ label: 'Language', value: profile.locale.value, detail: origin(profile.locale.provenance) });
    if (profile.timeZone?.value)
      identity.push({ label: 'Time zone', value: profile.timeZone.value, detail: origin(profile.timeZone.provenance) });
    for (const identifier of profile.identifiers ?? [])
      identity.push({
        label: `Your number at ${identifier.source}`,
        value: String(identifier.id),
        detail: origin(identifier.provenance) ?? `So that ${identifier.source} and we know you are the same person.`,
      });
    for (const change of profile.history ?? []) {
      identity.push({
        label: `Change to ${words(String(change.field ?? 'your details'))}`,
        value: when(change.at ?? change.by?.at),
        detail: origin(change.by),
      });
    }
  }

  // What you allowed: each decision, as the ledger recorded it, oldest first.
  const consents: ReadableItem[] = [];
  for (const entry of records('consent', 'consent_ledger')) {
    const c = objectOr(entry.content);
    const by = origin({ source: c.source, channel: c.via, at: entry.at });
    switch (entry.type) {
      case 'DECISION':
        consents.push({
          label: `${sentence(String(c.purpose))} by ${channel(c.channel)}`,
          value: STATUSES[c.status] ?? words(String(c.status)),
          detail: [
            c.givenAt ? `given ${when(c.givenAt)}` : undefined,
            c.method ? `how: ${words(c.method)}` : undefined,
            c.noticeVersion ? `privacy notice version ${c.noticeVersion}` : undefined,
            c.importedFrom ? `imported from ${c.importedFrom.source}` : undefined,
            c.expiresAt ? `until ${when(c.expiresAt)}` : undefined,
            by,
          ]
            .filter(Boolean)
            .join('; '),
        });
        break;
      case 'PENDING':
        consents.push({
          label: `${sentence(String(c.purpose))} by ${channel(c.channel)}`,
          value: STATUSES.PENDING!,
          detail: by,
        });
        break;
      case 'RESTRICTION':
        consents.push({ label: 'Restriction of processing', value: c.restricted ? 'on' : 'lifted', detail: by });
        break;
      case 'OBJECTION':
        consents.push({ label: `Objection to ${words(String(c.purpose))}`, value: c.objected ? 'made' : 'withdrawn', detail: by });
        break;
      case 'AUTOMATED_DECISIONS':
        consents.push({ label: 'Automated decisions about you', value: c.optedOut ? 'you said no' : 'allowed again', detail: by });
        break;
      case 'SALE_SHARING':
        consents.push({
          label: 'Selling or sharing your data',
          value: c.optedOut ? 'you said no' : 'allowed again',
          detail: [c.viaGlobalPrivacyControl ? 'your browser’s Global Privacy Control signal' : undefined, by].filter(Boolean).join('; '),
        });
        break;
      default:
        break;
    }
  }

  // What you want.
  const preferences: ReadableItem[] = [];
  for (const set of records('preference', 'preference_sets')) {
    if (set.language) preferences.push({ label: 'Language for messages', value: String(set.language) });
    for (const [key, enabled] of Object.entries(objectOr(set.channels)))
      preferences.push({ label: `Messages by ${channel(key)}`, value: enabled === true ? 'on' : 'off' });
    for (const [key, cap] of Object.entries(objectOr(set.frequencyCaps)))
      preferences.push({
        label: `At most, by ${channel(key)}`,
        value: `${cap.max} per ${words(String(cap.per ?? cap.period ?? 'period'))}`,
      });
    if (set.quietHours)
      preferences.push({
        label: 'Quiet hours',
        value: `${set.quietHours.start}–${set.quietHours.end}`,
        detail: set.quietHours.timeZone ? `in ${set.quietHours.timeZone}` : undefined,
      });
    for (const [topic, interest] of Object.entries(objectOr(set.interests)))
      preferences.push({
        label: `Interest: ${words(topic)}`,
        value: interest.interested ? 'interested' : 'not interested',
        detail: [interest.source === 'INFERRED' ? 'our guess from what you did' : 'you told us', when(interest.at)]
          .filter(Boolean)
          .join('; '),
      });
  }
  const sends = records('preference', 'sends');
  if (sends.length)
    preferences.push({
      label: 'Messages sent to you that we counted for your limits',
      value: String(sends.length),
      detail: [...new Set(sends.map((s) => channel(s.channel)))].join(', '),
    });

  // What you get.
  const offers: ReadableItem[] = [];
  for (const response of records('offer', 'offer_responses')) {
    for (const d of response.dismissals ?? [])
      offers.push({ label: `Offer “${words(String(d.offerId))}”`, value: 'dismissed', detail: when(d.at) });
    for (const s of response.snoozes ?? [])
      offers.push({ label: `Offer “${words(String(s.offerId))}”`, value: `snoozed until ${when(s.until)}`, detail: when(s.at) });
    for (const topic of response.hiddenTopics ?? []) offers.push({ label: `Offers about ${words(topic)}`, value: 'not wanted' });
    for (const r of response.redemptions ?? [])
      offers.push({ label: `Offer “${words(String(r.offerId))}”`, value: 'used', detail: when(r.at) });
  }
  const decisions = records('offer', 'offer_decisions');
  if (decisions.length)
    offers.push({
      label: 'Times we chose offers for you',
      value: String(decisions.length),
      detail: `the last on ${when(
        decisions
          .map((d) => String(d.at))
          .sort()
          .at(-1),
      )}; each with the reasons shown next to the offer`,
    });

  // Your requests.
  const requests: ReadableItem[] = records('privacy', 'privacy_requests').map((r) => ({
    label: `You asked for ${REQUEST_TYPES[r.type] ?? words(String(r.type))}`,
    value: REQUEST_STATUSES[r.status] ?? words(String(r.status)),
    detail: [
      r.receivedAt ? `received ${when(r.receivedAt)}` : undefined,
      r.dueAt ? `due ${when(r.dueAt)}` : undefined,
      r.completedAt ? `finished ${when(r.completedAt)}` : undefined,
    ]
      .filter(Boolean)
      .join('; '),
  }));

  // Who saw it.
  const accesses: ReadableItem[] = records('privacy', 'access_audit')
    .filter((a) => a.actor !== document.subjectId)
    .map((a) => ({
      label: `${a.clientId}${a.roles?.length ? ` (${a.roles.map(words).join(', ')})` : ''}`,
      value: a.refused ? 'asked, and was refused' : `read your ${(a.fields ?? []).map(words).join(', ') || 'profile'}`,
      detail: [when(a.at), a.refused ? String(a.refused) : a.purpose ? `for: ${a.purpose}` : undefined].filter(Boolean).join('; '),
    }));

  const holdings: ReadableItem[] = Object.entries(document.subgraphs).flatMap(([, part]) =>
    part.holds.map((hold) => ({
      label: sentence(hold.categories.join(', ') || hold.collection),
      value: `used for ${hold.purposes.join('; ') || 'nothing stated'}`,
      detail: hold.retention,
    })),
  );

  return {
    locale: reader.locale,
    timeZone: reader.timeZone,
    title: 'Your data at Living Profile',
    subtitle: `A copy of everything we hold about you, prepared ${when(document.generatedAt)} (times in ${reader.timeZone}). The machine-readable file of the same data is available with it.`,
    sections: [
      {
        title: 'Who you are',
        intro: 'What we know about you, and where each piece came from.',
        items: identity,
        empty: 'We hold no details about you.',
      },
      {
        title: 'What you allowed',
        intro: 'Your choices about what we may do, each as you made it. You can change any of them at any time.',
        items: consents,
        empty: 'You have not made any choices yet.',
      },
      {
        title: 'What you want',
        intro: 'How, when and about what you want to hear from us.',
        items: preferences,
        empty: 'You have set no preferences.',
      },
      {
        title: 'What you get',
        intro: 'Offers you responded to, and how often we chose offers for you.',
        items: offers,
        empty: 'Nothing here yet.',
      },
      {
        title: 'Your requests',
        intro: 'What you asked us to do with your data, and where each request stands.',
        items: requests,
        empty: 'You have made no requests.',
      },
      {
        title: 'Who saw your data',
        intro: 'Everyone other than you who read your data, or asked to and was refused, and why.',
        items: accesses,
        empty: 'Nobody but you has read your data.',
      },
      {
        title: 'Who we shared it with',
        intro: 'Partners, staff and systems that received your data.',
        items: document.recipients.list.map((recipient) => ({ label: recipient, value: 'received your data' })),
        empty: 'Nobody but you.',
      },
      {
        title: 'Where it came from',
        intro: 'The systems your data came from.',
        items: document.sources.map((source) => ({ label: source, value: 'a source of your data' })),
        empty: 'No source is recorded.',
      },
      {
        title: 'Why we hold it, and for how long',
        intro: 'Each kind of data we hold, what we use it for, and when it goes.',
        items: holdings,
        empty: 'We hold nothing about you.',
      },
    ],
  };
}

/** The readable export as plain text (what `PrivacyExport.text` gives). */
export function exportText(readable: ReadableExport): string {
  const lines = [readable.title, readable.subtitle, ''];
  for (const section of readable.sections) {
    lines.push(section.title, section.intro);
    if (!section.items.length) lines.push(`  ${section.empty}`);
    for (const item of section.items) {
      lines.push(`  - ${item.label}: ${item.value}`);
      if (item.detail) lines.push(`    ${item.detail}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * The readable export as one self-contained HTML page (no scripts, no outside requests, styles
 * inline) that reads on a phone, prints cleanly, and can be kept as a file.
 */
export function exportHtml(readable: ReadableExport): string {
  const sections = readable.sections
    .map((section, i) => {
      const id = `section-${i + 1}`;
      const body = section.items.length
        ? `<dl>${section.items
            .map(
              (item) =>
                `<div class="item"><dt>${escapeHtml(item.label)}</dt><dd>${escapeHtml(item.value)}${
                  item.detail ? `<span class="detail">${escapeHtml(item.detail)}</span>` : ''
                }</dd></div>`,
            )
            .join('')}</dl>`
        : `<p class="empty">${escapeHtml(section.empty)}</p>`;
      return `<section aria-labelledby="${id}"><h2 id="${id}">${escapeHtml(section.title)}</h2><p>${escapeHtml(section.intro)}</p>${body}</section>`;
    })
    .join('\n');
  // Thai is shown in the face shipped with the page when the reader's device has none.
  const thai = THAI_RUN.test(JSON.stringify(readable)) ? thaiFontFaces() : '';
  const contents = readable.sections.map((s, i) => `<li><a href="#section-${i + 1}">${escapeHtml(s.title)}</a></li>`).join('');
  return `<!doctype html>
<html lang="${escapeHtml(readable.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:">
<title>${escapeHtml(readable.title)}</title>
<style>
${thai}body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","LP Noto Sans Thai",sans-serif;color:#1a1a1a;background:#fff;margin:0 auto;max-width:46rem;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.2rem;margin:2rem 0 .25rem;border-bottom:2px solid #1a1a1a}
dl{margin:0}.item{padding:.5rem 0;border-bottom:1px solid #ddd}dt{font-weight:600}dd{margin:0}
.detail{display:block;color:#4a4a4a;font-size:.9rem}.empty{color:#4a4a4a;font-style:italic}
nav ol{padding-left:1.25rem}a{color:#0b4f9c}
@media print{nav{display:none}h2{break-after:avoid}.item{break-inside:avoid}}
</style>
</head>
<body>
<header><h1>${escapeHtml(readable.title)}</h1><p>${escapeHtml(readable.subtitle)}</p></header>
<nav aria-label="Contents"><ol>${contents}</ol></nav>
<main>
${sections}
</main>
</body>
</html>
`;
}
