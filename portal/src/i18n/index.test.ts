import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { format, LANGUAGES, pickLanguage, translator } from './index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the portal language', () => {
  it('is the one chosen here, else the profile’s, else the browser’s first we speak, else English', () => {
    expect(pickLanguage({ chosen: 'th', profile: 'en-GB', browser: ['en-US'] })).toBe('th');
    expect(pickLanguage({ chosen: null, profile: 'th-TH', browser: ['en-US'] })).toBe('th');
    expect(pickLanguage({ profile: 'de-DE', browser: ['fr-FR', 'th', 'en'] })).toBe('th');
    expect(pickLanguage({ profile: null, browser: ['fr-FR'] })).toBe('en');
    expect(pickLanguage({})).toBe('en');
    expect(pickLanguage({ chosen: 'xx', profile: 'EN_gb' })).toBe('en');
  });

  it('has every message in every language, with the same placeholders', () => {
    for (const [code, { messages }] of Object.entries(LANGUAGES)) {
      for (const [key, text] of Object.entries(en)) {
        const translated = (messages as Record<string, string>)[key];
        expect(translated, `${code}: ${key}`).toBeTruthy();
        expect(placeholders(translated!), `${code}: ${key}`).toEqual(placeholders(text));
      }
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    }
  });

  it('fills placeholders and keeps an unknown one visible', () => {
    expect(format('Hello, {name}', { name: 'Ada' })).toBe('Hello, Ada');
    expect(format('{count} left', { count: 3 })).toBe('3 left');
    expect(format('Hello, {name}')).toBe('Hello, {name}');
  });

  it('writes dates in the language (Thai in the Buddhist era) and says when one is missing', () => {
    expect(translator('en').date('2026-12-02T10:00:00Z')).toBe('2 Dec 2026');
    expect(translator('th').date('2026-12-02T10:00:00Z')).toContain('2569');
    expect(translator('en').date(null)).toBe('not given');
    expect(translator('th').date(undefined)).toBe('ไม่ได้ระบุ');
    expect(translator('en').date('not a date')).toBe('not a date');
  });
});
