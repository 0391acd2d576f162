import type { CombinedError } from '@urql/core';
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { useI18n } from '../i18n/index.ts';
import { describeError } from '../lib/errors.ts';

/** Shown while a call is slow: announced to screen readers, never a blank screen. */
export function Busy({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p class="busy" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {label ?? t('app.loading')}
    </p>
  );
}

/** A failed call in the customer's words, with a way to try again. */
export function Problem({ error, retry }: { error: CombinedError | Error; retry?: () => void }) {
  const i18n = useI18n();
  const text = 'graphQLErrors' in error ? describeError(error, i18n) : i18n.t('error.other');
  return (
    <div class="problem" role="alert">
      <p>{text}</p>
      {retry && (
        <button type="button" class="secondary" onClick={retry}>
          {i18n.t('app.retry')}
        </button>
      )}
    </div>
  );
}

/** What came of the customer's last change: saving, saved, or why not. */
export function Outcome({ fetching, error, done }: { fetching: boolean; error?: CombinedError | undefined; done?: ComponentChildren }) {
  const { t } = useI18n();
  if (fetching) return <Busy label={t('app.saving')} />;
  if (error) return <Problem error={error} />;
  if (done)
    return (
      <p class="done" role="status">
        {done}
      </p>
    );
  return null;
}

export function Section({ title, children, id }: { title: string; children: ComponentChildren; id?: string }) {
  const generated = useId();
  const heading = id ?? generated;
  return (
    <section class="card" aria-labelledby={heading}>
      <h2 id={heading}>{title}</h2>
      {children}
    </section>
  );
}
