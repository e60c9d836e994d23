/**
 * JSX types for React 19 (`ottawa-treaty-widgets/react`). In a React + TypeScript app, add
 * `import type {} from 'ottawa-treaty-widgets/react';` (or a plain import: the module is empty) once, then
 * `<ot-treaty-badge country="PL" />` type-checks. Kept apart from the main entry so that apps
 * without React's types never see `react` in ours.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { OtTreatyBadge } from './components/treaty-badge/treaty-badge.js';
import type { OtCasualtyCounter } from './components/casualty-counter/casualty-counter.js';
import type { OtPledgeBar } from './components/pledge-bar/pledge-bar.js';
import type { OtWithdrawalTimeline } from './components/withdrawal-timeline/withdrawal-timeline.js';

/** The attributes every widget takes, as written in JSX. */
interface CommonAttributes {
  'as-of'?: string;
  locale?: string;
  src?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** React 19 listens to custom events through `on` + the event's name. */
  'onot-data-error'?: (event: CustomEvent<{ message: string }>) => void;
}

type WidgetProps<E extends HTMLElement, A> = DetailedHTMLProps<HTMLAttributes<E>, E> & CommonAttributes & A;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'ot-treaty-badge': WidgetProps<OtTreatyBadge, { country: string; treaty?: 'ottawa' | 'ccm'; 'no-footer'?: boolean }>;
      'ot-casualty-counter': WidgetProps<OtCasualtyCounter, { year?: string | number; breakdown?: boolean; trend?: boolean; static?: boolean }>;
      'ot-pledge-bar': WidgetProps<OtPledgeBar, { country?: string; countries?: string; history?: boolean }>;
      'ot-withdrawal-timeline': WidgetProps<OtWithdrawalTimeline, { countries?: string; from?: string; to?: string; treaty?: 'ottawa' | 'ccm' }>;
    }
  }
}
