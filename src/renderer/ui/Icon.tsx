import type { ReactNode } from 'react';

/** Line icons drawn for Copydesk: 24-unit grid, stroked in the current text colour. */
const paths = {
  back: <path d="M15 5l-7 7 7 7" />,
  more: (
    <>
      <circle cx="5.5" cy="12" r="1.2" fill="currentColor" stroke="none" />
      <circle cx="12" cy="12" r="1.2" fill="currentColor" stroke="none" />
      <circle cx="18.5" cy="12" r="1.2" fill="currentColor" stroke="none" />
    </>
  ),
  plus: <path d="M12 5v14M5 12h14" />,
  search: (
    <>
      <circle cx="11" cy="11" r="6" />
      <path d="M20 20l-4.5-4.5" />
    </>
  ),
  close: <path d="M6 6l12 12M18 6L6 18" />,
  panel: (
    <>
      <rect x="3.5" y="4.5" width="17" height="15" rx="2" />
      <path d="M14.5 4.5v15" />
    </>
  ),
  bylines: (
    <>
      <circle cx="9" cy="8.5" r="3" />
      <path d="M3.5 19c.6-3 2.8-4.8 5.5-4.8s4.9 1.8 5.5 4.8" />
      <path d="M15 6.5h5.5M15 10h5.5M17 13.5h3.5" />
    </>
  ),
  related: (
    <>
      <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" />
      <path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
    </>
  ),
  houseStyle: (
    <>
      <path d="M4 17l4-11 4 11M5.5 13.5h5" />
      <path d="M13.5 15l2.5 2.5 4.5-5.5" />
    </>
  ),
  history: (
    <>
      <path d="M4.5 12a7.5 7.5 0 1 0 2.2-5.3" />
      <path d="M4 4.5v3.5h3.5" />
      <path d="M12 8v4.2l2.8 1.8" />
    </>
  ),
  publishing: (
    <>
      <rect x="4" y="5.5" width="16" height="14.5" rx="2" />
      <path d="M4 10h16M8.5 3.5v4M15.5 3.5v4" />
      <path d="M9 15l2 2 4-4.5" />
    </>
  ),
  export: (
    <>
      <path d="M12 15V4M8 8l4-4 4 4" />
      <path d="M5 13v5.5A1.5 1.5 0 0 0 6.5 20h11a1.5 1.5 0 0 0 1.5-1.5V13" />
    </>
  ),
  import: (
    <>
      <path d="M12 4v11M8 11l4 4 4-4" />
      <path d="M5 13v5.5A1.5 1.5 0 0 0 6.5 20h11a1.5 1.5 0 0 0 1.5-1.5V13" />
    </>
  ),
  outline: <path d="M5 7h14M8 12h11M8 17h11" />,
  warning: (
    <>
      <path d="M12 4.5l8.5 15h-17z" />
      <path d="M12 10v4.5" />
      <circle cx="12" cy="17" r="0.9" fill="currentColor" stroke="none" />
    </>
  ),
  quote: (
    <>
      <path d="M5 6v12" />
      <path d="M9 8h10M9 12h10M9 16h7" />
    </>
  ),
  listBullet: (
    <>
      <circle cx="5.5" cy="7" r="1.1" fill="currentColor" stroke="none" />
      <circle cx="5.5" cy="12" r="1.1" fill="currentColor" stroke="none" />
      <circle cx="5.5" cy="17" r="1.1" fill="currentColor" stroke="none" />
      <path d="M9.5 7h9.5M9.5 12h9.5M9.5 17h9.5" />
    </>
  ),
  listNumber: (
    <>
      <path d="M4.5 5.5h1.5v4M4.5 9.5h3" />
      <path d="M4.5 14.5c.4-.7 1-1 1.6-1 .8 0 1.4.5 1.4 1.2 0 .9-1.2 1.6-3 3.3h3" />
      <path d="M10.5 7h8.5M10.5 12h8.5M10.5 17h8.5" />
    </>
  ),
  link: (
    <>
      <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" />
      <path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
    </>
  ),
  pullQuote: (
    <>
      <path d="M4 5h16M4 19h16" />
      <path d="M7.5 14.5c0-2.5 1-4 3-5M13 14.5c0-2.5 1-4 3-5" />
    </>
  ),
  image: (
    <>
      <rect x="3.5" y="5" width="17" height="14" rx="2" />
      <circle cx="9" cy="10" r="1.6" />
      <path d="M4 17l5-4.5 3.5 3 3-2.5 4.5 4" />
    </>
  ),
  rule: <path d="M4 12h16" />,
  undo: (
    <>
      <path d="M9 7.5L5 11.5l4 4" />
      <path d="M5.5 11.5H15a4.5 4.5 0 0 1 0 9h-2" />
    </>
  ),
  redo: (
    <>
      <path d="M15 7.5l4 4-4 4" />
      <path d="M18.5 11.5H9a4.5 4.5 0 0 0 0 9h2" />
    </>
  ),
  arrowUp: <path d="M12 19V5M6.5 10.5L12 5l5.5 5.5" />,
  arrowDown: <path d="M12 5v14M6.5 13.5L12 19l5.5-5.5" />,
  trash: (
    <>
      <path d="M5 7h14M10 7V5h4v2" />
      <path d="M6.5 7l1 12.5h9l1-12.5" />
    </>
  ),
  locate: (
    <>
      <circle cx="12" cy="12" r="6.5" />
      <circle cx="12" cy="12" r="1.6" fill="currentColor" stroke="none" />
    </>
  ),
  check: <path d="M5 12.5l4.5 4.5L19 7.5" />,
} satisfies Record<string, ReactNode>;

export type IconName = keyof typeof paths;

export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths[name]}
    </svg>
  );
}
