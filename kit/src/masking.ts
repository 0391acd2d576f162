import { isAnalystOnly, type Viewer } from './viewer.ts';

/** The scope that lets an analyst see personal values unmasked (granted per person, for a reason). */
export const UNMASK_SCOPE = 'personal-data:read';

/**
 * Analysts explore the shape of the data, not the people in it: without UNMASK_SCOPE every field
 * that may hold personal data comes masked, in every subgraph. Staff roles and customers see it whole.
 */
export const seesMasked = (viewer: Viewer) => isAnalystOnly(viewer) && !viewer.scopes.includes(UNMASK_SCOPE);

/** Names and other words: the first character of each word kept. */
export const maskWords = (value: string | null | undefined) =>
  value == null
    ? value
    : value
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => `${[...word][0]}***`)
        .join(' ');

export function maskEmail(address: string) {
  const at = address.lastIndexOf('@');
  return `${[...address][0]}***${address.slice(at)}`;
}

export const maskPhone = (number: string) => `${number.slice(0, 3)}***${number.slice(-2)}`;

/** Free text a caller typed (a reason, a note, a user agent, a collection point): anything could be in it. */
export const maskText = (value: string | null | undefined) => (value == null || value === '' ? value : '***');
