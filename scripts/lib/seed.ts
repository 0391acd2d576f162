import { mustGraphql } from './graphqlClient.ts';

/** Fictional customers (example.com is reserved for examples) with a spread of consents and choices. */
export const DEMO_CUSTOMERS = [
  {
    email: 'ada@example.com',
    crmId: 'C-1815',
    displayName: 'Ada Lovelace',
    language: 'en-GB',
    channels: [
      { channel: 'EMAIL', enabled: true },
      { channel: 'SMS', enabled: false },
    ],
    consents: [
      { purpose: 'marketing', channel: 'EMAIL', status: 'GRANTED' },
      { purpose: 'personalised-offers', channel: 'WEB', status: 'GRANTED' },
    ],
    privacyRequests: [],
    dismissals: [],
    objections: [],
    interests: ['running'],
    birthDate: '1985-12-10',
  },
  {
    email: 'grace@example.com',
    crmId: 'C-1906',
    displayName: 'Grace Hopper',
    language: 'en-US',
    channels: [
      { channel: 'EMAIL', enabled: false },
      { channel: 'PUSH', enabled: true },
    ],
    consents: [
      { purpose: 'marketing', channel: 'EMAIL', status: 'WITHDRAWN' },
      // The one demo customer the loyalty partner may read (see schema/persisted/acme-loyalty.purposes.json).
      { purpose: 'partner-sharing', channel: 'PARTNER', status: 'GRANTED' },
    ],
    objections: ['analytics'],
    privacyRequests: ['ACCESS'],
    dismissals: [],
  },
  {
    email: 'alan@example.com',
    crmId: 'C-1912',
    displayName: 'Alan Turing',
    language: 'en-GB',
    channels: [{ channel: 'POST', enabled: true }],
    consents: [{ purpose: 'marketing', channel: 'SMS', status: 'DENIED' }],
    privacyRequests: [],
    dismissals: ['members-lounge'],
  },
  {
    email: 'katherine@example.com',
    crmId: 'C-1918',
    displayName: 'Katherine Johnson',
    language: 'en-US',
    channels: [
      { channel: 'EMAIL', enabled: true },
      { channel: 'IN_APP', enabled: true },
    ],
    consents: [
      { purpose: 'marketing', channel: 'EMAIL', status: 'GRANTED' },
      { purpose: 'partner-sharing', channel: 'PARTNER', status: 'DENIED' },
    ],
    privacyRequests: ['PORTABILITY'],
    dismissals: [],
  },
];

/** The processing purposes, each with a first privacy notice (DPV categories where one fits). */
export const DEMO_PURPOSES = [
  {
    id: 'marketing',
    name: 'Marketing messages',
    description: 'News, offers and events from us, on the channels you choose.',
    legalBasis: 'CONSENT',
    dpvCategory: 'dpv:DirectMarketing',
    refusable: true,
    channels: ['EMAIL', 'SMS', 'PUSH', 'POST', 'PHONE'],
  },
  {
    id: 'personalised-offers',
    name: 'Personalised offers',
    description: 'Offers chosen from your interests and preferences.',
    legalBasis: 'CONSENT',
    dpvCategory: 'dpv:PersonalisedAdvertising',
    refusable: true,
    channels: ['WEB', 'IN_APP', 'EMAIL'],
  },
  {
    id: 'analytics',
    name: 'Service analytics',
    description: 'Understanding how the service is used, to improve it.',
    legalBasis: 'LEGITIMATE_INTEREST',
    dpvCategory: 'dpv:ServiceOptimisation',
    refusable: true,
    channels: [],
  },
  {
    id: 'partner-sharing',
    name: 'Sharing with partners',
    description: 'Sharing your profile with selected partners for their offers.',
    legalBasis: 'CONSENT',
    dpvCategory: 'dpv:SellDataToThirdParties',
    refusable: true,
    channels: ['PARTNER'],
    saleOrSharing: true,
  },
  {
    id: 'automated-decisions',
    name: 'Automated decisions',
    description: 'Automated decisions about which offers you are eligible for.',
    legalBasis: 'CONSENT',
    refusable: true,
    channels: [],
    automatedDecision: true,
  },
  {
    id: 'order-fulfilment',
    name: 'Order fulfilment',
    description: 'Delivering what you ordered.',
    legalBasis: 'CONTRACT',
    dpvCategory: 'dpv:ServiceProvision',
    refusable: false,
    channels: [],
  },
];

export const DEMO_TOPICS = [
  { id: 'running', name: 'Running', description: 'Shoes, races and training plans.' },
  { id: 'travel', name: 'Travel', description: 'Trips, lounges and partner airlines.' },
  { id: 'cooking', name: 'Cooking', description: 'Seasonal recipes and kitchen tools.' },
];

export const DEMO_OFFERS = [
  {
    id: 'spring-running-shoes',
    title: '20% off spring running shoes',
    description: 'Our new trail and road range, for members who run.',
    channels: ['EMAIL', 'WEB'],
    topics: ['running'],
    status: 'ACTIVE',
    priority: 2,
    rule: { interestedIn: 'running' },
  },
  {
    id: 'members-lounge',
    title: 'Airport lounge access for members',
    description: 'Two free lounge visits when you book travel with a partner airline.',
    channels: ['EMAIL', 'IN_APP'],
    topics: ['travel'],
    status: 'ACTIVE',
    priority: 1,
    rule: { minAge: 18 },
  },
  {
    id: 'weekly-recipes',
    title: 'Weekly seasonal recipes',
    description: 'Five seasonal recipes every Friday, with a shopping list.',
    channels: ['EMAIL', 'PUSH'],
    topics: ['cooking'],
    status: 'ACTIVE',
  },
];

/**
 * Seeds the demo data through the gateway's public GraphQL API, the way any channel would.
 * Idempotent: offers are upserted, and profiles are looked up by email before the CRM's sync
 * creates them (a replayed sync event creates nothing, so an erased demo customer stays erased);
 * only a newly created profile gets the demo choices, so a second run keeps whatever was changed
 * since (a run interrupted half-way through one customer leaves that customer with fewer choices).
 */
export async function seedDemoData(gatewayUrl: string, progress: (message: string) => void = () => {}): Promise<{ created: number }> {
  const validFrom = '2026-01-01T00:00:00.000Z';
  const { purposes } = await mustGraphql<{ purposes: { id: string; currentNotice: { version: number } | null }[] }>(
    gatewayUrl,
    '{ purposes { id currentNotice { version } } }',
  );
  for (const purpose of DEMO_PURPOSES) {
    await mustGraphql(gatewayUrl, 'mutation($input: PurposeInput!) { upsertPurpose(input: $input) { id } }', {
      input: { automatedDecision: false, saleOrSharing: false, ...purpose },
    });
    if (!purposes.find((p) => p.id === purpose.id)?.currentNotice) {
      await mustGraphql(gatewayUrl, 'mutation($p: ID!, $input: NoticeInput!) { publishNotice(purpose: $p, input: $input) { version } }', {
        p: purpose.id,
        input: { summary: purpose.description, url: `https://example.com/privacy#${purpose.id}` },
      });
    }
  }
  for (const topic of DEMO_TOPICS) {
    await mustGraphql(gatewayUrl, 'mutation($input: TopicInput!) { upsertTopic(input: $input) { id } }', { input: topic });
  }
  for (const offer of DEMO_OFFERS) {
    await mustGraphql(gatewayUrl, 'mutation($input: OfferInput!) { upsertOffer(input: $input) { id } }', {
      input: { ...offer, validFrom, validUntil: null },
    });
  }

  let created = 0;
  for (const customer of DEMO_CUSTOMERS) {
    const found = await mustGraphql<{ profileByEmail: { id: string } | null }>(
      gatewayUrl,
      'query($email: EmailAddress!) { profileByEmail(email: $email) { id } }',
      { email: customer.email },
    );
    let id = found.profileByEmail?.id;
    const outcome = id ? 'already there' : 'created';
    if (!id) {
      // Through the CRM's sync, idempotent by event id: a customer seeded once is never made again,
      // even after they were erased (the applied event is kept; an erased profile is not found by email).
      const { upsertProfilesFromSource } = await mustGraphql<{
        upsertProfilesFromSource: { status: string; profileId: string | null }[];
      }>(
        gatewayUrl,
        'mutation($records: [SourceRecordInput!]!) { upsertProfilesFromSource(source: "crm", records: $records) { status profileId } }',
        {
          records: [
            {
              eventId: `demo-seed:${customer.crmId}`,
              identifier: { source: 'crm', id: customer.crmId },
              name: { given: customer.displayName.split(' ')[0], family: customer.displayName.split(' ').slice(1).join(' ') },
              emails: [{ address: customer.email, verified: true, verificationMethod: 'DOUBLE_OPT_IN' }],
              locale: customer.language,
              ...('birthDate' in customer ? { birthDate: customer.birthDate } : {}),
            },
          ],
        },
      );
      const [result] = upsertProfilesFromSource;
      if (result?.status !== 'CREATED' || !result.profileId) {
        progress(`  ${customer.displayName} <${customer.email}>: seeded before and since erased or changed; not made again`);
        continue;
      }
      id = result.profileId;
      // The loyalty partner's member number (see schema/operations/acme-loyalty/).
      await mustGraphql(
        gatewayUrl,
        'mutation($p: ID!, $i: ExternalIdentifierInput!) { attachIdentifier(profileId: $p, input: $i) { id } }',
        {
          p: id,
          i: { source: 'acme-loyalty', id: customer.crmId.replace('C-', 'M-') },
        },
      );
      created += 1;
      // Only a newly created profile gets the demo choices; an existing one keeps whatever was changed since.
      for (const consent of customer.consents) {
        await mustGraphql(gatewayUrl, 'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { seq } }', {
          input: { profileId: id, ...consent, proof: { noticeVersion: 1, collectionPoint: 'demo sign-up form', method: 'CHECKBOX' } },
        });
      }
      for (const topic of ('interests' in customer ? customer.interests : []) ?? []) {
        await mustGraphql(gatewayUrl, 'mutation($p: ID!, $t: ID!) { setInterest(profileId: $p, topic: $t, interested: true) { id } }', {
          p: id,
          t: topic,
        });
      }
      for (const purpose of customer.objections ?? []) {
        await mustGraphql(
          gatewayUrl,
          'mutation($p: ID!, $purpose: ID!) { setObjection(profileId: $p, purpose: $purpose, objected: true) { id } }',
          { p: id, purpose },
        );
      }
      await mustGraphql(gatewayUrl, 'mutation($input: SetPreferencesInput!) { setPreferences(input: $input) { id } }', {
        input: { profileId: id, language: customer.language, channels: customer.channels },
      });
      for (const offerId of customer.dismissals) {
        await mustGraphql(gatewayUrl, 'mutation($p: ID!, $o: ID!) { dismissOffer(profileId: $p, offerId: $o) { id } }', {
          p: id,
          o: offerId,
        });
      }
      for (const type of customer.privacyRequests) {
        await mustGraphql(gatewayUrl, 'mutation($input: OpenPrivacyRequestInput!) { openPrivacyRequest(input: $input) { id } }', {
          input: { profileId: id, type },
        });
      }
    }
    progress(`  ${customer.displayName} <${customer.email}>: ${outcome}`);
  }
  return { created };
}
