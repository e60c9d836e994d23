import 'ottawa-treaty-widgets';
import 'ottawa-treaty-widgets/react'; // JSX types of the tags (a plain import works as well as `import type {}`)
import { dataset, statusAt, type Status } from 'ottawa-treaty-widgets/data';
import { useState } from 'react';

// The types a user gets: a derivation called directly, and the tags in JSX with their attributes.
const expected: Status | undefined = (() => {
  const answer = statusAt(dataset, 'ottawa', 'PL', '2025-11-28');
  return answer.ok ? answer.status : undefined;
})();

export function App() {
  const [errors, setErrors] = useState<string[]>([]);
  return (
    <main data-expected={expected} data-errors={errors.join('|')}>
      <p>
        Poland <ot-treaty-badge country="PL" as-of="2025-11-28" no-footer /> said…
      </p>
      <ot-treaty-badge country="XX" onot-data-error={(e) => setErrors((x) => [...x, e.detail.message])} />
      <ot-casualty-counter as-of="2025-03-18" breakdown trend static />
      <ot-pledge-bar countries="PL,EE,LT" as-of="2025-09-01" history />
      <ot-withdrawal-timeline as-of="2026-03-01" from="2025-03-01" />
    </main>
  );
}
