// Statements with their topics, and articles' topics, for many articles at once.
import { ledeOf, topicContexts } from '../extraction/topic-context.ts';
import { distinctBy, roleKey, type ArticleGraph, type Transaction } from './article-graph.ts';
import { tagWithCuratedPhrases } from './curated-topic-tags.ts';

export async function storeStatements(
  tx: Transaction,
  graphs: ArticleGraph[],
  topicIds: Map<string, number>,
): Promise<void> {
  const withStatements = graphs.filter((graph) => graph.analysis.statements.length > 0);
  const statements = withStatements.flatMap((graph) => {
    const contexts = topicContexts(
      graph.text.body,
      graph.analysis.statements.map((statement) => statement.sentence),
    );
    return graph.analysis.statements.map((statement, i) => ({
      graph,
      statement,
      // A headline statement stands in the headline: that is its nearest context.
      near: statement.section === 'HEADLINE' ? graph.text.headline : contexts[i]!.near,
      speakerId: graph.actorIds.get(statement.speakerRef)!,
      speakerRoleId: statement.speakerRole
        ? (graph.roleIds.get(roleKey(statement.speakerRef, statement.speakerRole)) ?? null)
        : null,
      eventId: statement.eventRef ? (graph.eventIds.get(statement.eventRef) ?? null) : null,
    }));
  });
  if (statements.length === 0) return;
  // The article's part of the topic context (headline C, lede D) is read into a vector once per article.
  const stored = await tx.$queryRaw<
    { id: number; articleId: number; section: string; start: number; end: number; speakerId: number }[]
  >`
    WITH article_context AS (
      SELECT id, setweight(to_tsvector('english', headline), 'C') || setweight(to_tsvector('english', lede), 'D') AS vector
      FROM unnest(${withStatements.map((graph) => graph.articleId)}::int[],
        ${withStatements.map((graph) => graph.text.headline)}::text[],
        ${withStatements.map((graph) => ledeOf(graph.text.body))}::text[]) AS a(id, headline, lede)
    )
    INSERT INTO "Statement" ("articleId", "speakerId", "speakerRoleId", "eventId", kind, text, cue, section, start,
      "end", "sentenceStart", "sentenceEnd", "topicContext")
    SELECT s."articleId", s."speakerId", s."speakerRoleId", s."eventId", s.kind, s.text, s.cue, s.section, s.start,
      s."end", s."sentenceStart", s."sentenceEnd",
      setweight(to_tsvector('english', s.text), 'A') || setweight(to_tsvector('english', s.near), 'B') || c.vector
    FROM unnest(${statements.map((row) => row.graph.articleId)}::int[],
      ${statements.map((row) => row.speakerId)}::int[], ${statements.map((row) => row.speakerRoleId)}::int[],
      ${statements.map((row) => row.eventId)}::int[], ${statements.map((row) => row.statement.kind)}::"StatementKind"[],
      ${statements.map((row) => row.statement.text)}::text[], ${statements.map((row) => row.statement.cue)}::text[],
      ${statements.map((row) => row.statement.section)}::"ArticleSection"[],
      ${statements.map((row) => row.statement.start)}::int[], ${statements.map((row) => row.statement.end)}::int[],
      ${statements.map((row) => row.statement.sentence.start)}::int[],
      ${statements.map((row) => row.statement.sentence.end)}::int[], ${statements.map((row) => row.near)}::text[])
      AS s("articleId", "speakerId", "speakerRoleId", "eventId", kind, text, cue, section, start, "end",
        "sentenceStart", "sentenceEnd", near)
    JOIN article_context c ON c.id = s."articleId"
    ON CONFLICT DO NOTHING
    RETURNING id, "articleId", section::text, start, "end", "speakerId"`;
  // Topics go with the statements stored now; a passage stored already (a curated one kept through
  // re-analysis) keeps its own. Curated topics tag those saying their phrases.
  await tagWithCuratedPhrases(tx, { statementIds: stored.map((row) => row.id) });
  const key = (articleId: number, section: string, start: number, end: number, speakerId: number) =>
    `${articleId}:${section}:${start}:${end}:${speakerId}`;
  const idByKey = new Map(
    stored.map((row) => [key(row.articleId, row.section, row.start, row.end, row.speakerId), row.id]),
  );
  const topics = statements.flatMap(({ graph, statement, speakerId }) => {
    const statementId = idByKey.get(key(graph.articleId, statement.section, statement.start, statement.end, speakerId));
    if (statementId === undefined) return [];
    return statement.topics.map((topic) => ({ statementId, topicId: topicIds.get(topic.slug)!, stance: topic.stance }));
  });
  if (topics.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "StatementTopic" ("statementId", "topicId", stance)
    SELECT * FROM unnest(${topics.map((row) => row.statementId)}::int[], ${topics.map((row) => row.topicId)}::int[],
      ${topics.map((row) => row.stance)}::"Stance"[])
    ON CONFLICT DO NOTHING`;
}

export async function storeArticleTopics(
  tx: Transaction,
  graphs: ArticleGraph[],
  topicIds: Map<string, number>,
): Promise<void> {
  // Two topics of an article may be filed under one (a discovered name a curator gave another topic).
  const topics = distinctBy(
    graphs.flatMap((graph) =>
      graph.analysis.topics.map((topic) => ({
        articleId: graph.articleId,
        topicId: topicIds.get(topic.slug)!,
        weight: Math.max(1, Math.round(topic.weight)),
      })),
    ),
    (row) => `${row.articleId}|${row.topicId}`,
  );
  if (topics.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "ArticleTopic" ("articleId", "topicId", weight)
    SELECT * FROM unnest(${topics.map((row) => row.articleId)}::int[], ${topics.map((row) => row.topicId)}::int[],
      ${topics.map((row) => row.weight)}::int[])`;
}
