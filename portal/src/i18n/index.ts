import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en, type MessageKey, type Messages } from './en.ts';
import { th } from './th.ts';

export const LANGUAGES = { en: { name: 'English', messages: en }, th: { name: 'ไทย', messages: th } } as const satisfies Record<
  string,
  { name: string; messages: Messages }
>;
export type Language = keyof typeof LANGUAGES;
export const isLanguage = (code: string): code is Language => Object.hasOwn(LANGUAGES, code);

/**
 * The portal's language: the one the customer picked here, else the language of their profile
 * (a locale such as th-TH), else the first the browser asks for that we speak, else English.
 */
export function pickLanguage({
  chosen,
  profile,
  browser = [],
}: {
  chosen?: string | null;
  profile?: string | null;
  browser?: readonly string[];
}): Language {
  for (const candidate of [chosen, profile, ...browser]) {
    const code = candidate?.toLowerCase().split(/[-_]/)[0];
    if (code && isLanguage(code)) return code;
  }
  return 'en';
}

/** `{name}` placeholders filled from `values`; a missing value stays visible rather than vanishing. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export interface Translator {
  language: Language;
  /** The language as a locale (en-GB, th-TH): what a new profile starts with. */
  locale: string;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
}

const LOCALES: Record<Language, string> = { en: 'en-GB', th: 'th-TH' };

export function translator(language: Language): Translator {
  const messages: Messages = LANGUAGES[language].messages;
  const dates = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' });
  const dateTimes = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' });
  const safe = (iso: string | null | undefined, f: Intl.DateTimeFormat) => {
    if (!iso) return messages['app.unknown'];
    const when = new Date(iso);
    return Number.isNaN(when.getTime()) ? iso : f.format(when);
  };
  return {
    language,
    locale: LOCALES[language],
    t: (key, values) => format(messages[key], values),
    date: (iso) => safe(iso, dates),
    dateTime: (iso) => safe(iso, dateTimes),
  };
}

export const I18n = createContext<Translator>(translator('en'));
export const useI18n = () => useContext(I18n);
export type { MessageKey };
