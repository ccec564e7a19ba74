// Per-request loaders of statements by id, and of where each statement's article names its speaker.
import DataLoader from 'dataloader';
import { rowsByIds } from '../../reads/rows-by-key.ts';
import { readSpeakerMentions, type SpeakerMentionRow, type StatementRow } from '../../reads/statements.reads.ts';
import { STATEMENT } from '../../reads/tables.ts';
import type { SqlReader } from '../../store/sql-reader.ts';

export function createStatementLoaders(reader: SqlReader) {
  return {
    statement: new DataLoader<number, StatementRow | null>(async (ids) => {
      const rows = await rowsByIds<StatementRow>(reader, STATEMENT, ids);
      return ids.map((id) => rows.get(id) ?? null);
    }),
    speakerMention: new DataLoader<number, SpeakerMentionRow | null>(async (ids) => {
      const rows = await readSpeakerMentions(reader, ids);
      return ids.map((id) => rows.get(id) ?? null);
    }),
  };
}
