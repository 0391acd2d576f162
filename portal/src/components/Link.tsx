import type { ComponentChildren } from 'preact';
import { navigate, pathOf, type Screen } from '../lib/router.ts';

/** A link to one of the portal's screens that changes screen without reloading the page. */
export function Link({ screen, children, current }: { screen: Screen; children: ComponentChildren; current?: boolean }) {
  const href = pathOf(screen);
  return (
    <a
      href={href}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}
