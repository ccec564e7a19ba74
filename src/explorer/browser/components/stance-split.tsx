// A small bar split by stance, read out as its counts: how an actor's statements on a topic divide.
import { STANCE_LABEL, STANCES, stanceCount, type StanceTally } from '../stance.ts';

export function StanceSplit({ tally }: { tally: StanceTally }) {
  const label = STANCES.map((stance) => `${stanceCount(tally, stance)} ${STANCE_LABEL[stance]}`).join(', ');
  return (
    <span class="stance-split" role="img" aria-label={label} title={label}>
      {STANCES.map((stance) => {
        const count = stanceCount(tally, stance);
        return count > 0 ? (
          <span key={stance} class={`bar stance-${stance.toLowerCase()}`} style={{ flexGrow: count }} />
        ) : null;
      })}
    </span>
  );
}
