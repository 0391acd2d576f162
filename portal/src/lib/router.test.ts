import { describe, expect, it } from 'vitest';
import { pathOf, placeOf, SCREENS } from './router.ts';

describe('portal routes', () => {
  it('map every screen to its path and back', () => {
    for (const screen of SCREENS) expect(placeOf(pathOf(screen))).toEqual({ kind: 'screen', screen });
    expect(placeOf('/portal')).toEqual({ kind: 'screen', screen: 'overview' });
    expect(placeOf('/portal/privacy/')).toEqual({ kind: 'screen', screen: 'privacy' });
  });

  it('know the sign-in return, the opt-in and unsubscribe landing pages, and nothing else', () => {
    expect(placeOf('/portal/callback')).toEqual({ kind: 'callback' });
    expect(placeOf('/portal/confirm')).toEqual({ kind: 'confirm' });
    expect(placeOf('/portal/unsubscribe')).toEqual({ kind: 'unsubscribe' });
    expect(placeOf('/portal/admin')).toEqual({ kind: 'unknown' });
    expect(placeOf('/graphql')).toEqual({ kind: 'unknown' });
  });
});
