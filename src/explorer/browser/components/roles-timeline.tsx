// An actor's roles over time: a bar per title from the first to the last article giving it
// (Observable Plot), and the same as a list.
import * as Plot from '@observablehq/plot';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ExplorerActorQuery } from '../../../client/generated/operations.ts';
import { formatDate } from './dates.ts';
import { plotForReaders } from './plot-for-readers.ts';

type Role = NonNullable<ExplorerActorQuery['actor']>['roles'][number];

const DAY = 86_400_000;

export function RolesTimeline({ roles }: { roles: Role[] }) {
  const holder = useRef<HTMLDivElement>(null);
  const seen = roles.filter((role) => role.firstSeenAt && role.lastSeenAt);
  useLayoutEffect(() => {
    const element = holder.current;
    if (!element) return;
    if (seen.length === 0) return void element.replaceChildren();
    const spans = seen.map((role) => {
      const from = new Date(role.firstSeenAt!);
      // A role seen on one day still gets a day's width.
      const to = new Date(Math.max(new Date(role.lastSeenAt!).getTime(), from.getTime()) + DAY);
      return { title: role.title, from, to };
    });
    const chart = Plot.plot({
      width: Math.max(280, element.clientWidth),
      style: { fontSize: '12px' },
      height: 34 * spans.length + 50,
      marginLeft: 170,
      ariaLabel: 'Roles over time',
      x: { type: 'utc', label: null, grid: true, inset: 12 },
      y: { domain: spans.map((span) => span.title), label: null },
      marks: [
        Plot.barX(spans, { x1: 'from', x2: 'to', y: 'title', fill: '#0072B2', insetTop: 6, insetBottom: 6 }),
        Plot.dot(spans, { x: 'from', y: 'title', fill: '#0072B2', r: 4 }),
      ],
    });
    element.replaceChildren(plotForReaders(chart));
  }, [roles]);
  return (
    <>
      <div class="roles-chart" ref={holder} />
      <ul class="roles">
        {roles.map((role) => (
          <li key={role.id}>
            <strong>{role.title}</strong>
            <span class="muted">
              {' '}
              · {role.kind.toLowerCase().replaceAll('_', ' ')}
              {role.organization ? ` · ${role.organization}` : ''}
              {role.country ? ` · ${role.country}` : ''} · first seen {formatDate(role.firstSeenAt)}, last seen{' '}
              {formatDate(role.lastSeenAt)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
