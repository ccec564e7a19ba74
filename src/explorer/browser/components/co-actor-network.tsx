// Who appears with whom: the actor in the middle, its co-actors around it, a line for every pair
// named in the same articles (thicker for more). Laid out by d3-force, computed to rest before it is
// drawn, so the picture does not move; every actor is a link, reachable by keyboard.
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationNodeDatum,
} from 'd3-force';
import type { ExplorerActorQuery } from '../../../client/generated/operations.ts';
import { href } from '../routing.ts';

type Network = NonNullable<ExplorerActorQuery['actor']>['network'];

interface Point extends SimulationNodeDatum {
  id: string;
  name: string;
  shared: number;
  centre: boolean;
}

const SIZE = 420;

function layout(centre: { id: string; name: string }, network: Network) {
  const points: Point[] = [
    { id: centre.id, name: centre.name, shared: 0, centre: true, fx: SIZE / 2, fy: SIZE / 2 },
    ...network.nodes.map((node) => ({
      id: node.actor.id,
      name: node.actor.name,
      shared: node.sharedArticles,
      centre: false,
    })),
  ];
  const links = network.links.map((link) => ({
    source: link.source.id,
    target: link.target.id,
    weight: link.sharedArticles,
  }));
  const strongest = Math.max(1, ...links.map((link) => link.weight));
  const simulation = forceSimulation(points)
    .force('charge', forceManyBody().strength(-260))
    .force(
      'link',
      forceLink<Point, { source: string | Point; target: string | Point; weight: number }>(links)
        .id((point) => point.id)
        .distance((link) => 150 - 70 * (link.weight / strongest)),
    )
    .force('collide', forceCollide(26))
    .force('centre', forceCenter(SIZE / 2, SIZE / 2))
    .stop();
  simulation.tick(300);
  const clamp = (value: number | undefined) => Math.max(24, Math.min(SIZE - 24, value ?? SIZE / 2));
  const at = new Map(points.map((point) => [point.id, { x: clamp(point.x), y: clamp(point.y) }]));
  return { points, at, links: network.links, strongest };
}

export function CoActorNetwork({ centre, network }: { centre: { id: string; name: string }; network: Network }) {
  if (network.nodes.length === 0) return <p>No other actor appears in its articles.</p>;
  const { points, at, links, strongest } = layout(centre, network);
  return (
    <figure class="network">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="group" aria-label={`Actors appearing with ${centre.name}`}>
        <g class="links" aria-hidden="true">
          {links.map((link) => {
            const [from, to] = [at.get(link.source.id)!, at.get(link.target.id)!];
            return (
              <line
                key={`${link.source.id}-${link.target.id}`}
                x1={from.x}
                y1={from.y}
                x2={to.x}
                y2={to.y}
                stroke-width={1 + 5 * (link.sharedArticles / strongest)}
              />
            );
          })}
        </g>
        {points.map((point) => {
          const { x, y } = at.get(point.id)!;
          const label = point.centre
            ? point.name
            : `${point.name}, in ${point.shared} article${point.shared === 1 ? '' : 's'} with ${centre.name}`;
          return (
            <a
              key={point.id}
              href={href.actor(point.id)}
              aria-label={label}
              class={point.centre ? 'centre' : undefined}
            >
              <circle cx={x} cy={y} r={point.centre ? 12 : 6 + Math.min(8, point.shared)} />
              <text x={x} y={y - 16} text-anchor="middle">
                {point.name.length > 22 ? `${point.name.slice(0, 21)}…` : point.name}
              </text>
            </a>
          );
        })}
      </svg>
      <figcaption class="muted">Line width: articles shared. Choose an actor to open it.</figcaption>
    </figure>
  );
}
