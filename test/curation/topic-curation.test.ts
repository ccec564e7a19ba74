// Curators make, rename, merge and split topics and give them phrases; what they said holds after the
// articles are analysed again.
import { describe, expect, it } from 'vitest';
import {
  addTopicPhrases,
  createTopic,
  mergeTopics,
  renameTopic,
  splitTopic,
} from '../../src/curation/topic-curation.ts';
import { ingestArticle } from '../../src/ingestion/ingest-article.ts';
import { reanalyseArticle } from '../../src/ingestion/reanalyse-article.ts';
import { seedArticle } from '../support/articles.ts';
import { useTestDatabase } from '../support/use-test-database.ts';

describe('topic curation', () => {
  const database = useTestDatabase();

  async function taggedTexts(topicId: number): Promise<string[]> {
    const rows = await database.db.statementTopic.findMany({ where: { topicId }, include: { statement: true } });
    return rows.map((row) => row.statement.text).sort();
  }

  it('makes, renames, merges and splits topics, and re-analysis keeps all of it', async () => {
    const { article } = await ingestArticle(database.db, await seedArticle(), { maxBodyChars: 200_000 });
    const db = database.db;

    const created = await createTopic(db, 'Point of no return', ['line of demarcation', 'irreversibility']);
    expect(created.userErrors).toEqual([]);
    const pointId = created.value!.id;
    expect(created.value).toMatchObject({ slug: 'point-of-no-return', origin: 'CURATED', curated: true });
    const saying = await taggedTexts(pointId);
    expect(saying.some((text) => text.includes('line of demarcation'))).toBe(true);
    expect(saying.some((text) => text.includes('irreversibility'))).toBe(true);

    const renamed = await renameTopic(db, pointId, 'Irreversible path to NATO');
    expect(renamed.value).toMatchObject({ slug: 'point-of-no-return', label: 'Irreversible path to NATO' });

    // A discovered topic merged into the curated one: its statements move, its name files under the target.
    const discovered = await db.topic.findFirstOrThrow({
      where: { origin: 'DISCOVERED', statements: { some: {} } },
      orderBy: { id: 'asc' },
    });
    const merged = await mergeTopics(db, discovered.id, pointId);
    expect(merged.userErrors).toEqual([]);
    expect(await db.topic.count({ where: { id: discovered.id } })).toBe(0);

    const split = await splitTopic(db, pointId, 'Front line', ['line of demarcation']);
    expect(split.userErrors).toEqual([]);
    const frontId = split.value!.id;
    expect((await taggedTexts(frontId)).every((text) => text.includes('line of demarcation'))).toBe(true);
    expect((await taggedTexts(pointId)).some((text) => text.includes('line of demarcation'))).toBe(false);

    const before = { point: await taggedTexts(pointId), front: await taggedTexts(frontId) };
    await reanalyseArticle(db, article!.id);
    expect(await taggedTexts(frontId)).toEqual(before.front);
    expect(await taggedTexts(pointId)).toEqual(
      expect.arrayContaining(before.point.filter((t) => t.includes('irreversib'))),
    );
    // The merged topic is not found again: its name now files under the topic it was merged into.
    expect(await db.topic.count({ where: { slug: discovered.slug } })).toBe(0);
    expect(await db.topic.findUniqueOrThrow({ where: { id: pointId } })).toMatchObject({
      label: 'Irreversible path to NATO',
    });
  });

  it('answers bad input with userErrors and changes nothing', async () => {
    const db = database.db;
    const topics = await db.topic.count();
    expect((await createTopic(db, '  ', [])).userErrors[0]).toMatchObject({
      field: ['input', 'label'],
      code: 'REQUIRED',
    });
    expect((await createTopic(db, 'Fine', ['ok', '??'])).userErrors[0]).toMatchObject({
      field: ['input', 'phrases', '1'],
    });
    expect((await renameTopic(db, 987654, 'x')).userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
    expect((await mergeTopics(db, 3, 3)).userErrors[0]).toMatchObject({ field: ['input', 'sourceId'] });
    expect((await addTopicPhrases(db, 987654, ['x'])).userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
    const first = await createTopic(db, 'Winter blackouts', ['power cuts']);
    expect(first.userErrors).toEqual([]);
    expect((await createTopic(db, 'Grid failures', ['power cuts'])).userErrors[0]?.message).toBe(
      '"power cuts" already names another topic',
    );
    expect(await db.topic.count()).toBe(topics + 1);
  });
});
