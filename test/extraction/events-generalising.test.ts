import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';
import type { Analysis, ExtractedEvent } from '../../src/extraction/types.ts';

const eventsOf = (analysis: Analysis, type: string) => analysis.events.filter((e) => e.type === type);
const participants = (analysis: Analysis, event: ExtractedEvent) =>
  event.participants.map((p) => analysis.actors.find((a) => a.ref === p.actorRef)?.name);

describe('events read by construction, for news the rules never saw', () => {
  it('tells a petition as a request put (an OTHER action), not a statement issued', () => {
    const analysis = analyse([
      'The Harbour Residents Association of Velmora launched a petition on Monday asking the council to close the plant.',
    ]);
    expect(eventsOf(analysis, 'STATEMENT_ISSUED')).toEqual([]);
    const others = eventsOf(analysis, 'OTHER');
    expect(others).toHaveLength(1);
    expect(participants(analysis, others[0] as ExtractedEvent)).toContain('Harbour Residents Association of Velmora');
  });
});
