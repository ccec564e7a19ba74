// Everything the explorer asks of the topic API, in one place: the topic view (any phrase: a stored
// topic's groups, or the phrase's own, answered by meaning, with the topics nearest to it) and the
// suggestions shown while typing.
import {
  ExplorerTopicsDocument,
  ExplorerTopicViewDocument,
  type ExplorerTopicViewQuery,
  type StanceGrouping,
} from '../../../client/generated/operations.ts';
import { client, useQuery, type QueryState } from './client.ts';

export const GROUP_PAGE = 3;

export type TopicGroup = ExplorerTopicViewQuery['statementsByRole'][number];

export function useTopicView(
  topic: string,
  by: StanceGrouping,
  onSent?: () => void,
): QueryState<ExplorerTopicViewQuery> {
  return useQuery(ExplorerTopicViewDocument, topic ? { topic, by, first: GROUP_PAGE } : null, onSent);
}

/** The next statements of one group: that group alone, past its last cursor. */
export async function nextGroupPage(
  topic: string,
  by: StanceGrouping,
  group: TopicGroup,
): Promise<TopicGroup['statements'] | null> {
  const after = group.statements.pageInfo.endCursor;
  const result = await client
    .query(ExplorerTopicViewDocument, { topic, by, role: group.role, first: 10, after })
    .toPromise();
  return result.data?.statementsByRole[0]?.statements ?? null;
}

export interface TopicSuggestion {
  slug: string;
  label: string;
}

let known: Promise<TopicSuggestion[]> | undefined;

/** Known topics (of the busiest) whose label or slug holds what was typed, best first. */
export async function topicSuggestions(typed: string): Promise<TopicSuggestion[]> {
  known ??= client
    .query(ExplorerTopicsDocument, {})
    .toPromise()
    .then((result) => result.data?.topics.nodes ?? []);
  const wanted = typed.trim().toLowerCase();
  const topics = await known;
  if (!wanted) return topics.slice(0, 8);
  const score = (topic: TopicSuggestion) => {
    const label = topic.label.toLowerCase();
    if (label.startsWith(wanted) || topic.slug.startsWith(wanted)) return 0;
    if (label.includes(wanted) || topic.slug.includes(wanted.replace(/\s+/g, '-'))) return 1;
    return wanted.split(/\s+/).every((word) => label.includes(word)) ? 2 : 3;
  };
  return topics
    .map((topic) => ({ topic, score: score(topic) }))
    .filter(({ score }) => score < 3)
    .sort((a, b) => a.score - b.score || a.topic.label.localeCompare(b.topic.label))
    .slice(0, 8)
    .map(({ topic }) => topic);
}
