// Per-request loaders of events and their participants.
import DataLoader from 'dataloader';
import type { EventRow, ParticipantRow } from '../../reads/events.reads.ts';
import { rowsByIds, rowsGroupedBy } from '../../reads/rows-by-key.ts';
import { EVENT, EVENT_PARTICIPANT } from '../../reads/tables.ts';
import type { SqlReader } from '../../store/sql-reader.ts';

export function createEventLoaders(reader: SqlReader) {
  return {
    event: new DataLoader<number, EventRow | null>(async (ids) => {
      const rows = await rowsByIds<EventRow>(reader, EVENT, ids);
      return ids.map((id) => rows.get(id) ?? null);
    }),
    participantsByEvent: new DataLoader<number, ParticipantRow[]>(async (ids) => {
      const groups = await rowsGroupedBy<ParticipantRow>(reader, EVENT_PARTICIPANT, 'eventId', ids, 't."actorId"');
      return ids.map((id) => groups.get(id)!);
    }),
  };
}
