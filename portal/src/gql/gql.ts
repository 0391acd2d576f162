/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PortalShell {\n    me {\n      id\n      displayName\n      preferences {\n        language\n      }\n    }\n  }\n": typeof types.PortalShellDocument,
    "\n  mutation PortalConfirmConsent($token: String!) {\n    confirmConsent(token: $token) {\n      seq\n      at\n      type\n    }\n  }\n": typeof types.PortalConfirmConsentDocument,
    "\n  query PortalConsents {\n    purposes {\n      id\n      name\n      description\n      legalBasis\n      refusable\n      channels\n      currentNotice {\n        version\n        summary\n        url\n      }\n    }\n    me {\n      id\n      consents {\n        purpose\n        channel\n        status\n        noticeVersion\n        needsRenewal\n        updatedAt\n      }\n    }\n  }\n": typeof types.PortalConsentsDocument,
    "\n  query PortalPermission($purpose: ID!, $channel: ConsentChannel!) {\n    me {\n      id\n      mayProcess(purpose: $purpose, channel: $channel) {\n        allowed\n        code\n        reason\n      }\n    }\n  }\n": typeof types.PortalPermissionDocument,
    "\n  mutation PortalRecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      seq\n      at\n    }\n  }\n": typeof types.PortalRecordConsentDocument,
    "\n  query PortalDetails {\n    me {\n      id\n      name {\n        given\n        family\n        provenance {\n          source\n          channel\n          at\n        }\n      }\n      birthDate\n      emails {\n        id\n        address\n        verified\n        provenance {\n          source\n          at\n        }\n      }\n      phones {\n        id\n        number\n        verified\n      }\n      addresses {\n        id\n        lines\n        city\n        postalCode\n        country\n      }\n      identifiers {\n        source\n      }\n      history {\n        id\n        attribute\n        reason\n        changedAt\n        changedBy {\n          source\n          channel\n        }\n      }\n    }\n  }\n": typeof types.PortalDetailsDocument,
    "\n  mutation PortalRectify($id: ID!, $input: RectifyProfileInput!, $reason: String) {\n    rectifyProfile(id: $id, input: $input, reason: $reason) {\n      id\n      displayName\n      name {\n        given\n        family\n      }\n      birthDate\n    }\n  }\n": typeof types.PortalRectifyDocument,
    "\n  query PortalOffers {\n    me {\n      id\n      automatedDecisionsUnderReview\n      offerFeed(channel: WEB) {\n        mode\n        decisionId\n        items {\n          offer {\n            id\n            title\n            description\n            validUntil\n          }\n          explanation\n        }\n      }\n    }\n  }\n": typeof types.PortalOffersDocument,
    "\n  mutation PortalDismissOffer($profileId: ID!, $offerId: ID!) {\n    dismissOffer(profileId: $profileId, offerId: $offerId) {\n      id\n    }\n  }\n": typeof types.PortalDismissOfferDocument,
    "\n  mutation PortalSnoozeOffer($profileId: ID!, $offerId: ID!, $until: DateTime!) {\n    snoozeOffer(profileId: $profileId, offerId: $offerId, until: $until) {\n      id\n    }\n  }\n": typeof types.PortalSnoozeOfferDocument,
    "\n  mutation PortalNotThisKind($profileId: ID!, $offerId: ID!) {\n    notInterestedInOfferKind(profileId: $profileId, offerId: $offerId) {\n      id\n    }\n  }\n": typeof types.PortalNotThisKindDocument,
    "\n  mutation PortalAskHumanReview($input: OpenPrivacyRequestInput!) {\n    openPrivacyRequest(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PortalAskHumanReviewDocument,
    "\n  query PortalOverview {\n    purposes {\n      id\n      name\n    }\n    me {\n      id\n      displayName\n      email\n      status\n      processingRestricted\n      sources {\n        attribute\n        provenance {\n          source\n          at\n        }\n      }\n      consents {\n        purpose\n        channel\n        status\n      }\n      wantedTopics\n      unwantedTopics\n      preferences {\n        language\n        channels {\n          channel\n          enabled\n          active\n        }\n      }\n      offerFeed(channel: WEB) {\n        mode\n        items {\n          offer {\n            id\n            title\n          }\n        }\n      }\n      privacyRequests {\n        id\n        type\n        status\n        dueAt\n      }\n    }\n  }\n": typeof types.PortalOverviewDocument,
    "\n  query PortalPreferences {\n    topics {\n      id\n      name\n      description\n    }\n    me {\n      id\n      wantedTopics\n      unwantedTopics\n      preferences {\n        language\n        channels {\n          channel\n          enabled\n          active\n          inactiveReason\n        }\n        frequencyCaps {\n          channel\n          max\n          periodDays\n        }\n        quietHours {\n          start\n          end\n        }\n      }\n    }\n  }\n": typeof types.PortalPreferencesDocument,
    "\n  mutation PortalSetPreferences($input: SetPreferencesInput!) {\n    setPreferences(input: $input) {\n      id\n      preferences {\n        frequencyCaps {\n          channel\n          max\n          periodDays\n        }\n        language\n        channels {\n          channel\n          enabled\n          active\n          inactiveReason\n        }\n        quietHours {\n          start\n          end\n        }\n      }\n    }\n  }\n": typeof types.PortalSetPreferencesDocument,
    "\n  mutation PortalSetInterest($profileId: ID!, $topic: ID!, $interested: Boolean!) {\n    setInterest(profileId: $profileId, topic: $topic, interested: $interested) {\n      id\n      wantedTopics\n      unwantedTopics\n    }\n  }\n": typeof types.PortalSetInterestDocument,
    "\n  query PortalPrivacy {\n    purposes {\n      id\n      name\n      refusable\n    }\n    transferDestinations {\n      id\n      name\n    }\n    me {\n      id\n      processingRestricted\n      objections\n      automatedDecisionOptOut\n      privacyRequests {\n        id\n        type\n        purpose\n        status\n        receivedAt\n        dueAt\n        daysLeft\n        overdue\n        completedAt\n        resolution\n        reviewOutcome\n        withdrawable\n        transfer {\n          destination {\n            name\n          }\n          status\n          deliveredAt\n        }\n      }\n      breachNotices {\n        breachId\n        title\n        text\n        notifiedAt\n      }\n      dataTransparency {\n        sources\n        recipients\n        recipientsTracked\n        summary\n      }\n      accessLog(first: 20) {\n        clientId\n        actor\n        roles\n        fields\n        purpose\n        at\n      }\n    }\n  }\n": typeof types.PortalPrivacyDocument,
    "\n  mutation PortalOpenPrivacyRequest($input: OpenPrivacyRequestInput!) {\n    openPrivacyRequest(input: $input) {\n      id\n      type\n      status\n      dueAt\n    }\n  }\n": typeof types.PortalOpenPrivacyRequestDocument,
    "\n  mutation PortalWithdrawPrivacyRequest($id: ID!) {\n    withdrawPrivacyRequest(id: $id) {\n      id\n      status\n      withdrawable\n    }\n  }\n": typeof types.PortalWithdrawPrivacyRequestDocument,
    "\n  query PortalExport($id: ID!, $locale: String) {\n    privacyRequest(id: $id) {\n      id\n      status\n      export {\n        format\n        document\n        html(locale: $locale)\n      }\n    }\n  }\n": typeof types.PortalExportDocument,
    "\n  query PortalErasure($id: ID!) {\n    privacyRequest(id: $id) {\n      id\n      status\n      receipt\n      resolution\n    }\n  }\n": typeof types.PortalErasureDocument,
    "\n  query PortalSignUpPurposes {\n    purposes {\n      id\n      name\n      description\n      legalBasis\n      channels\n      currentNotice {\n        version\n        summary\n      }\n    }\n  }\n": typeof types.PortalSignUpPurposesDocument,
    "\n  mutation PortalSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.PortalSignUpDocument,
    "\n  mutation PortalSignUpConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      seq\n    }\n  }\n": typeof types.PortalSignUpConsentDocument,
    "\n  mutation PortalUnsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      purpose {\n        id\n        name\n      }\n      channel\n      at\n    }\n  }\n": typeof types.PortalUnsubscribeDocument,
};
const documents: Documents = {
    "\n  query PortalShell {\n    me {\n      id\n      displayName\n      preferences {\n        language\n      }\n    }\n  }\n": types.PortalShellDocument,
    "\n  mutation PortalConfirmConsent($token: String!) {\n    confirmConsent(token: $token) {\n      seq\n      at\n      type\n    }\n  }\n": types.PortalConfirmConsentDocument,
    "\n  query PortalConsents {\n    purposes {\n      id\n      name\n      description\n      legalBasis\n      refusable\n      channels\n      currentNotice {\n        version\n        summary\n        url\n      }\n    }\n    me {\n      id\n      consents {\n        purpose\n        channel\n        status\n        noticeVersion\n        needsRenewal\n        updatedAt\n      }\n    }\n  }\n": types.PortalConsentsDocument,
    "\n  query PortalPermission($purpose: ID!, $channel: ConsentChannel!) {\n    me {\n      id\n      mayProcess(purpose: $purpose, channel: $channel) {\n        allowed\n        code\n        reason\n      }\n    }\n  }\n": types.PortalPermissionDocument,
    "\n  mutation PortalRecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      seq\n      at\n    }\n  }\n": types.PortalRecordConsentDocument,
    "\n  query PortalDetails {\n    me {\n      id\n      name {\n        given\n        family\n        provenance {\n          source\n          channel\n          at\n        }\n      }\n      birthDate\n      emails {\n        id\n        address\n        verified\n        provenance {\n          source\n          at\n        }\n      }\n      phones {\n        id\n        number\n        verified\n      }\n      addresses {\n        id\n        lines\n        city\n        postalCode\n        country\n      }\n      identifiers {\n        source\n      }\n      history {\n        id\n        attribute\n        reason\n        changedAt\n        changedBy {\n          source\n          channel\n        }\n      }\n    }\n  }\n": types.PortalDetailsDocument,
    "\n  mutation PortalRectify($id: ID!, $input: RectifyProfileInput!, $reason: String) {\n    rectifyProfile(id: $id, input: $input, reason: $reason) {\n      id\n      displayName\n      name {\n        given\n        family\n      }\n      birthDate\n    }\n  }\n": types.PortalRectifyDocument,
    "\n  query PortalOffers {\n    me {\n      id\n      automatedDecisionsUnderReview\n      offerFeed(channel: WEB) {\n        mode\n        decisionId\n        items {\n          offer {\n            id\n            title\n            description\n            validUntil\n          }\n          explanation\n        }\n      }\n    }\n  }\n": types.PortalOffersDocument,
    "\n  mutation PortalDismissOffer($profileId: ID!, $offerId: ID!) {\n    dismissOffer(profileId: $profileId, offerId: $offerId) {\n      id\n    }\n  }\n": types.PortalDismissOfferDocument,
    "\n  mutation PortalSnoozeOffer($profileId: ID!, $offerId: ID!, $until: DateTime!) {\n    snoozeOffer(profileId: $profileId, offerId: $offerId, until: $until) {\n      id\n    }\n  }\n": types.PortalSnoozeOfferDocument,
    "\n  mutation PortalNotThisKind($profileId: ID!, $offerId: ID!) {\n    notInterestedInOfferKind(profileId: $profileId, offerId: $offerId) {\n      id\n    }\n  }\n": types.PortalNotThisKindDocument,
    "\n  mutation PortalAskHumanReview($input: OpenPrivacyRequestInput!) {\n    openPrivacyRequest(input: $input) {\n      id\n      status\n    }\n  }\n": types.PortalAskHumanReviewDocument,
    "\n  query PortalOverview {\n    purposes {\n      id\n      name\n    }\n    me {\n      id\n      displayName\n      email\n      status\n      processingRestricted\n      sources {\n        attribute\n        provenance {\n          source\n          at\n        }\n      }\n      consents {\n        purpose\n        channel\n        status\n      }\n      wantedTopics\n      unwantedTopics\n      preferences {\n        language\n        channels {\n          channel\n          enabled\n          active\n        }\n      }\n      offerFeed(channel: WEB) {\n        mode\n        items {\n          offer {\n            id\n            title\n          }\n        }\n      }\n      privacyRequests {\n        id\n        type\n        status\n        dueAt\n      }\n    }\n  }\n": types.PortalOverviewDocument,
    "\n  query PortalPreferences {\n    topics {\n      id\n      name\n      description\n    }\n    me {\n      id\n      wantedTopics\n      unwantedTopics\n      preferences {\n        language\n        channels {\n          channel\n          enabled\n          active\n          inactiveReason\n        }\n        frequencyCaps {\n          channel\n          max\n          periodDays\n        }\n        quietHours {\n          start\n          end\n        }\n      }\n    }\n  }\n": types.PortalPreferencesDocument,
    "\n  mutation PortalSetPreferences($input: SetPreferencesInput!) {\n    setPreferences(input: $input) {\n      id\n      preferences {\n        frequencyCaps {\n          channel\n          max\n          periodDays\n        }\n        language\n        channels {\n          channel\n          enabled\n          active\n          inactiveReason\n        }\n        quietHours {\n          start\n          end\n        }\n      }\n    }\n  }\n": types.PortalSetPreferencesDocument,
    "\n  mutation PortalSetInterest($profileId: ID!, $topic: ID!, $interested: Boolean!) {\n    setInterest(profileId: $profileId, topic: $topic, interested: $interested) {\n      id\n      wantedTopics\n      unwantedTopics\n    }\n  }\n": types.PortalSetInterestDocument,
    "\n  query PortalPrivacy {\n    purposes {\n      id\n      name\n      refusable\n    }\n    transferDestinations {\n      id\n      name\n    }\n    me {\n      id\n      processingRestricted\n      objections\n      automatedDecisionOptOut\n      privacyRequests {\n        id\n        type\n        purpose\n        status\n        receivedAt\n        dueAt\n        daysLeft\n        overdue\n        completedAt\n        resolution\n        reviewOutcome\n        withdrawable\n        transfer {\n          destination {\n            name\n          }\n          status\n          deliveredAt\n        }\n      }\n      breachNotices {\n        breachId\n        title\n        text\n        notifiedAt\n      }\n      dataTransparency {\n        sources\n        recipients\n        recipientsTracked\n        summary\n      }\n      accessLog(first: 20) {\n        clientId\n        actor\n        roles\n        fields\n        purpose\n        at\n      }\n    }\n  }\n": types.PortalPrivacyDocument,
    "\n  mutation PortalOpenPrivacyRequest($input: OpenPrivacyRequestInput!) {\n    openPrivacyRequest(input: $input) {\n      id\n      type\n      status\n      dueAt\n    }\n  }\n": types.PortalOpenPrivacyRequestDocument,
    "\n  mutation PortalWithdrawPrivacyRequest($id: ID!) {\n    withdrawPrivacyRequest(id: $id) {\n      id\n      status\n      withdrawable\n    }\n  }\n": types.PortalWithdrawPrivacyRequestDocument,
    "\n  query PortalExport($id: ID!, $locale: String) {\n    privacyRequest(id: $id) {\n      id\n      status\n      export {\n        format\n        document\n        html(locale: $locale)\n      }\n    }\n  }\n": types.PortalExportDocument,
    "\n  query PortalErasure($id: ID!) {\n    privacyRequest(id: $id) {\n      id\n      status\n      receipt\n      resolution\n    }\n  }\n": types.PortalErasureDocument,
    "\n  query PortalSignUpPurposes {\n    purposes {\n      id\n      name\n      description\n      legalBasis\n      channels\n      currentNotice {\n        version\n        summary\n      }\n    }\n  }\n": types.PortalSignUpPurposesDocument,
    "\n  mutation PortalSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.PortalSignUpDocument,
    "\n  mutation PortalSignUpConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      seq\n    }\n  }\n": types.PortalSignUpConsentDocument,
    "\n  mutation PortalUnsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      purpose {\n        id\n        name\n      }\n      channel\n      at\n    }\n  }\n": types.PortalUnsubscribeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalShell {\n    me {\n      id\n      displayName\n      preferences {\n        language\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalShell {\n    me {\n      id\n      displayName\n      preferences {\n        language\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalConfirmConsent($token: String!) {\n    confirmConsent(token: $token) {\n      seq\n      at\n      type\n    }\n  }\n"): (typeof documents)["\n  mutation PortalConfirmConsent($token: String!) {\n    confirmConsent(token: $token) {\n      seq\n      at\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalConsents {\n    purposes {\n      id\n      name\n      description\n      legalBasis\n      refusable\n      channels\n      currentNotice {\n        version\n        summary\n        url\n      }\n    }\n    me {\n      id\n      consents {\n        purpose\n        channel\n        status\n        noticeVersion\n        needsRenewal\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalConsents {\n    purposes {\n      id\n      name\n      description\n      legalBasis\n      refusable\n      channels\n      currentNotice {\n        version\n        summary\n        url\n      }\n    }\n    me {\n      id\n      consents {\n        purpose\n        channel\n        status\n        noticeVersion\n        needsRenewal\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPermission($purpose: ID!, $channel: ConsentChannel!) {\n    me {\n      id\n      mayProcess(purpose: $purpose, channel: $channel) {\n        allowed\n        code\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalPermission($purpose: ID!, $channel: ConsentChannel!) {\n    me {\n      id\n      mayProcess(purpose: $purpose, channel: $channel) {\n        allowed\n        code\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      seq\n      at\n    }\n  }\n"): (typeof documents)["\n  mutation PortalRecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      seq\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalDetails {\n    me {\n      id\n      name {\n        given\n        family\n        provenance {\n          source\n          channel\n          at\n        }\n      }\n      birthDate\n      emails {\n        id\n        address\n        verified\n        provenance {\n          source\n          at\n        }\n      }\n      phones {\n        id\n        number\n        verified\n      }\n      addresses {\n        id\n        lines\n        city\n        postalCode\n        country\n      }\n      identifiers {\n        source\n      }\n      history {\n        id\n        attribute\n        reason\n        changedAt\n        changedBy {\n          source\n          channel\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalDetails {\n    me {\n      id\n      name {\n        given\n        family\n        provenance {\n          source\n          channel\n          at\n        }\n      }\n      birthDate\n      emails {\n        id\n        address\n        verified\n        provenance {\n          source\n          at\n        }\n      }\n      phones {\n        id\n        number\n        verified\n      }\n      addresses {\n        id\n        lines\n        city\n        postalCode\n        country\n      }\n      identifiers {\n        source\n      }\n      history {\n        id\n        attribute\n        reason\n        changedAt\n        changedBy {\n          source\n          channel\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRectify($id: ID!, $input: RectifyProfileInput!, $reason: String) {\n    rectifyProfile(id: $id, input: $input, reason: $reason) {\n      id\n      displayName\n      name {\n        given\n        family\n      }\n      birthDate\n    }\n  }\n"): (typeof documents)["\n  mutation PortalRectify($id: ID!, $input: RectifyProfileInput!, $reason: String) {\n    rectifyProfile(id: $id, input: $input, reason: $reason) {\n      id\n      displayName\n      name {\n        given\n        family\n      }\n      birthDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalOffers {\n    me {\n      id\n      automatedDecisionsUnderReview\n      offerFeed(channel: WEB) {\n        mode\n        decisionId\n        items {\n          offer {\n            id\n            title\n            description\n            validUntil\n          }\n          explanation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalOffers {\n    me {\n      id\n      automatedDecisionsUnderReview\n      offerFeed(channel: WEB) {\n        mode\n        decisionId\n        items {\n          offer {\n            id\n            title\n            description\n            validUntil\n          }\n          explanation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalDismissOffer($profileId: ID!, $offerId: ID!) {\n    dismissOffer(profileId: $profileId, offerId: $offerId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PortalDismissOffer($profileId: ID!, $offerId: ID!) {\n    dismissOffer(profileId: $profileId, offerId: $offerId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSnoozeOffer($profileId: ID!, $offerId: ID!, $until: DateTime!) {\n    snoozeOffer(profileId: $profileId, offerId: $offerId, until: $until) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PortalSnoozeOffer($profileId: ID!, $offerId: ID!, $until: DateTime!) {\n    snoozeOffer(profileId: $profileId, offerId: $offerId, until: $until) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalNotThisKind($profileId: ID!, $offerId: ID!) {\n    notInterestedInOfferKind(profileId: $profileId, offerId: $offerId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PortalNotThisKind($profileId: ID!, $offerId: ID!) {\n    notInterestedInOfferKind(profileId: $profileId, offerId: $offerId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalAskHumanReview($input: OpenPrivacyRequestInput!) {\n    openPrivacyRequest(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PortalAskHumanReview($input: OpenPrivacyRequestInput!) {\n    openPrivacyRequest(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalOverview {\n    purposes {\n      id\n      name\n    }\n    me {\n      id\n      displayName\n      email\n      status\n      processingRestricted\n      sources {\n        attribute\n        provenance {\n          source\n          at\n        }\n      }\n      consents {\n        purpose\n        channel\n        status\n      }\n      wantedTopics\n      unwantedTopics\n      preferences {\n        language\n        channels {\n          channel\n          enabled\n          active\n        }\n      }\n      offerFeed(channel: WEB) {\n        mode\n        items {\n          offer {\n            id\n            title\n          }\n        }\n      }\n      privacyRequests {\n        id\n        type\n        status\n        dueAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalOverview {\n    purposes {\n      id\n      name\n    }\n    me {\n      id\n      displayName\n      email\n      status\n      processingRestricted\n      sources {\n        attribute\n        provenance {\n          source\n          at\n        }\n      }\n      consents {\n        purpose\n        channel\n        status\n      }\n      wantedTopics\n      unwantedTopics\n      preferences {\n        language\n        channels {\n          channel\n          enabled\n          active\n        }\n      }\n      offerFeed(channel: WEB) {\n        mode\n        items {\n          offer {\n            id\n            title\n          }\n        }\n      }\n      privacyRequests {\n        id\n        type\n        status\n        dueAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPreferences {\n    topics {\n      id\n      name\n      description\n    }\n    me {\n      id\n      wantedTopics\n      unwantedTopics\n      preferences {\n        language\n        channels {\n          channel\n          enabled\n          active\n          inactiveReason\n        }\n        frequencyCaps {\n          channel\n          max\n          periodDays\n        }\n        quietHours {\n          start\n          end\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalPreferences {\n    topics {\n      id\n      name\n      description\n    }\n    me {\n      id\n      wantedTopics\n      unwantedTopics\n      preferences {\n        language\n        channels {\n          channel\n          enabled\n          active\n          inactiveReason\n        }\n        frequencyCaps {\n          channel\n          max\n          periodDays\n        }\n        quietHours {\n          start\n          end\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSetPreferences($input: SetPreferencesInput!) {\n    setPreferences(input: $input) {\n      id\n      preferences {\n        frequencyCaps {\n          channel\n          max\n          periodDays\n        }\n        language\n        channels {\n          channel\n          enabled\n          active\n          inactiveReason\n        }\n        quietHours {\n          start\n          end\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PortalSetPreferences($input: SetPreferencesInput!) {\n    setPreferences(input: $input) {\n      id\n      preferences {\n        frequencyCaps {\n          channel\n          max\n          periodDays\n        }\n        language\n        channels {\n          channel\n          enabled\n          active\n          inactiveReason\n        }\n        quietHours {\n          start\n          end\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSetInterest($profileId: ID!, $topic: ID!, $interested: Boolean!) {\n    setInterest(profileId: $profileId, topic: $topic, interested: $interested) {\n      id\n      wantedTopics\n      unwantedTopics\n    }\n  }\n"): (typeof documents)["\n  mutation PortalSetInterest($profileId: ID!, $topic: ID!, $interested: Boolean!) {\n    setInterest(profileId: $profileId, topic: $topic, interested: $interested) {\n      id\n      wantedTopics\n      unwantedTopics\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPrivacy {\n    purposes {\n      id\n      name\n      refusable\n    }\n    transferDestinations {\n      id\n      name\n    }\n    me {\n      id\n      processingRestricted\n      objections\n      automatedDecisionOptOut\n      privacyRequests {\n        id\n        type\n        purpose\n        status\n        receivedAt\n        dueAt\n        daysLeft\n        overdue\n        completedAt\n        resolution\n        reviewOutcome\n        withdrawable\n        transfer {\n          destination {\n            name\n          }\n          status\n          deliveredAt\n        }\n      }\n      breachNotices {\n        breachId\n        title\n        text\n        notifiedAt\n      }\n      dataTransparency {\n        sources\n        recipients\n        recipientsTracked\n        summary\n      }\n      accessLog(first: 20) {\n        clientId\n        actor\n        roles\n        fields\n        purpose\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalPrivacy {\n    purposes {\n      id\n      name\n      refusable\n    }\n    transferDestinations {\n      id\n      name\n    }\n    me {\n      id\n      processingRestricted\n      objections\n      automatedDecisionOptOut\n      privacyRequests {\n        id\n        type\n        purpose\n        status\n        receivedAt\n        dueAt\n        daysLeft\n        overdue\n        completedAt\n        resolution\n        reviewOutcome\n        withdrawable\n        transfer {\n          destination {\n            name\n          }\n          status\n          deliveredAt\n        }\n      }\n      breachNotices {\n        breachId\n        title\n        text\n        notifiedAt\n      }\n      dataTransparency {\n        sources\n        recipients\n        recipientsTracked\n        summary\n      }\n      accessLog(first: 20) {\n        clientId\n        actor\n        roles\n        fields\n        purpose\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalOpenPrivacyRequest($input: OpenPrivacyRequestInput!) {\n    openPrivacyRequest(input: $input) {\n      id\n      type\n      status\n      dueAt\n    }\n  }\n"): (typeof documents)["\n  mutation PortalOpenPrivacyRequest($input: OpenPrivacyRequestInput!) {\n    openPrivacyRequest(input: $input) {\n      id\n      type\n      status\n      dueAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalWithdrawPrivacyRequest($id: ID!) {\n    withdrawPrivacyRequest(id: $id) {\n      id\n      status\n      withdrawable\n    }\n  }\n"): (typeof documents)["\n  mutation PortalWithdrawPrivacyRequest($id: ID!) {\n    withdrawPrivacyRequest(id: $id) {\n      id\n      status\n      withdrawable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalExport($id: ID!, $locale: String) {\n    privacyRequest(id: $id) {\n      id\n      status\n      export {\n        format\n        document\n        html(locale: $locale)\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalExport($id: ID!, $locale: String) {\n    privacyRequest(id: $id) {\n      id\n      status\n      export {\n        format\n        document\n        html(locale: $locale)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalErasure($id: ID!) {\n    privacyRequest(id: $id) {\n      id\n      status\n      receipt\n      resolution\n    }\n  }\n"): (typeof documents)["\n  query PortalErasure($id: ID!) {\n    privacyRequest(id: $id) {\n      id\n      status\n      receipt\n      resolution\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSignUpPurposes {\n    purposes {\n      id\n      name\n      description\n      legalBasis\n      channels\n      currentNotice {\n        version\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalSignUpPurposes {\n    purposes {\n      id\n      name\n      description\n      legalBasis\n      channels\n      currentNotice {\n        version\n        summary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation PortalSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSignUpConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      seq\n    }\n  }\n"): (typeof documents)["\n  mutation PortalSignUpConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      seq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalUnsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      purpose {\n        id\n        name\n      }\n      channel\n      at\n    }\n  }\n"): (typeof documents)["\n  mutation PortalUnsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      purpose {\n        id\n        name\n      }\n      channel\n      at\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;