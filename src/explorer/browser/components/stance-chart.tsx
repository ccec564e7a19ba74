// The topic view's picture: one bar per group of speakers, split by stance, drawn with Observable
// Plot. The sections under the chart say the same in words, for readers who do not see it.
import * as Plot from '@observablehq/plot';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { STANCE_COLOUR, STANCE_LABEL, STANCES, stanceCount, type StanceTally } from '../stance.ts';
import { plotForReaders } from './plot-for-readers.ts';

export interface StanceBar extends StanceTally {
  group: string;
  count: number;
}

const ROW_HEIGHT = 26;

/** Long role titles are cut to fit the margin; the full title is in the section below and the tooltip. */
function shorten(text: string, characters: number): string {
  return text.length <= characters ? text : `${text.slice(0, characters - 1)}…`;
}

export function StanceChart({ bars, caption, onDrawn }: { bars: StanceBar[]; caption: string; onDrawn?: () => void }) {
  const holder = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = holder.current;
    if (!element) return;
    const width = Math.max(280, element.clientWidth);
    const labelChars = Math.max(12, Math.min(34, Math.floor(width / 22)));
    const pieces = bars.flatMap((bar) =>
      STANCES.map((stance) => ({ group: bar.group, stance: STANCE_LABEL[stance], count: stanceCount(bar, stance) })),
    );
    const chart = Plot.plot({
      width,
      style: { fontSize: '12px' },
      height: ROW_HEIGHT * bars.length + 48,
      marginLeft: Math.min(width * 0.45, labelChars * 7.4 + 12),
      marginRight: 36,
      ariaLabel: caption,
      ariaDescription: bars
        .map(
          (bar) =>
            `${bar.group}: ${bar.count} (${bar.supports} supports, ${bar.opposes} opposes, ${bar.mixed} mixed, ${bar.neutral} neutral)`,
        )
        .join('; '),
      x: { label: 'statements →', grid: true },
      y: {
        domain: bars.map((bar) => bar.group),
        label: null,
        tickFormat: (group: string) => shorten(group, labelChars),
      },
      color: {
        domain: STANCES.map((stance) => STANCE_LABEL[stance]),
        range: STANCES.map((stance) => STANCE_COLOUR[stance]),
        legend: true,
      },
      marks: [
        Plot.barX(pieces, {
          className: 'stance-bars',
          x: 'count',
          y: 'group',
          fill: 'stance',
          title: (piece: { group: string; stance: string; count: number }) =>
            `${piece.group}: ${piece.count} ${piece.stance}`,
        }),
        Plot.text(bars, {
          x: 'count',
          y: 'group',
          text: (bar: StanceBar) => String(bar.count),
          dx: 4,
          textAnchor: 'start',
        }),
        Plot.ruleX([0]),
      ],
    });
    element.replaceChildren(plotForReaders(chart));
    // Drawn once the browser has laid the chart out and is about to paint it.
    requestAnimationFrame(() => onDrawn?.());
  }, [bars]);
  return <div class="stance-chart" ref={holder} data-rows={bars.length} />;
}
