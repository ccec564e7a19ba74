// Topics: stored ones (seed, discovered, curated) and any phrase asked as a topic. A phrase that names a
// stored topic (slug, label, alias) reads its taggings; any other phrase is answered by meaning, from the
// statements it matches (reads/phrase-matches.reads.ts) — an empty answer with suggestions, never an error.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { readPhraseMatches } from '../../reads/phrase-matches.reads.ts';
import { readStanceGroups, type StanceGroupRow } from '../../reads/stance-groups.reads.ts';
import { checkedText } from '../../reads/text-arguments.ts';
import {
  namedTopicIds,
  NO_ROLE,
  readRoleGroups,
  readTopicPage,
  readTopicSuggestions,
  selectTopic,
  topicBySlug,
  topicPhrase,
  type TopicSelection,
} from '../../reads/topics.reads.ts';
import { topicKey, topicSlug } from '../../extraction/phrase-terms.ts';
import { stanceToward } from '../../extraction/stance.ts';
import type { StatementWithRelated } from '../../reads/statements.reads.ts';
import { Actor } from '../actor/actor.type.ts';
import { Article } from '../article/article.type.ts';
import type { Context } from '../context.ts';
import { badInput } from '../shared/bad-input.ts';
import { ConnectionArgs } from '../shared/connection.args.ts';
import { connectionOf } from '../shared/connection.ts';
import { CountPrecision } from '../shared/connection.type.ts';
import { loadAll } from '../shared/load-all.ts';
import { RoleKind, Stance } from '../shared/enums.ts';
import { toGlobalId, toPhraseGlobalId } from '../shared/global-id.ts';
import { selectionOf } from '../shared/selection.ts';
import { StatementConnectionArgs, statementFilterArgs, statementOrderArgs } from '../statement/statement.inputs.ts';
import {
  nestedStatementConnection,
  statementConnection,
  type StatementConnectionData,
} from '../statement/statement.resolver.ts';
import { Statement, StatementConnection } from '../statement/statement.type.ts';
import { StanceGrouping, TopicConnectionArgs, TopicOrigin, topicOrderArgs } from './topic.inputs.ts';
import { ActorTopic, RoleStatements, StanceCount, StatementTopic, Topic, TopicConnection } from './topic.type.ts';

const MAX_SUGGESTIONS = 20;

function checkedSuggestions(first: number): number {
  if (first < 0 || first > MAX_SUGGESTIONS) badInput(`\`first\` must be 0 to ${MAX_SUGGESTIONS}`, ['first']);
  return first;
}

function topicSelectionOf(topic: Topic): TopicSelection {
  return topic.selection ?? { topicIds: [topic.id!], phrase: null };
}

/** A phrase asked as a topic, with the statements it matches. */
export async function phraseTopic(context: Context, phrase: string): Promise<Topic> {
  const matches = await readPhraseMatches(context.reader, phrase);
  return {
    id: null,
    slug: topicSlug(phrase) || phrase,
    label: phrase,
    kind: 'PHRASE',
    origin: TopicOrigin.PHRASE,
    selection: { topicIds: null, phrase: matches },
  } as Topic;
}

const NO_COUNTRY = 'No country given';

/**
 * The role groups of a topic. By role title, and with no stance count asked for, they are counted
 * from the role groups alone (for one stored topic, its counts per role); otherwise with their stances.
 */
async function roleGroups(
  context: Context,
  selection: TopicSelection,
  by: StanceGrouping,
  info: GraphQLResolveInfo,
): Promise<RoleStatements[]> {
  const countPrecision = selection.phrase?.capped ? CountPrecision.AT_LEAST : CountPrecision.EXACT;
  const asked = selectionOf(info);
  const asksStances = ['supports', 'opposes', 'neutral', 'mixed'].some((field) => field in asked);
  if (by === StanceGrouping.ROLE && !asksStances) {
    const rows = await readRoleGroups(context.reader, selection);
    return rows.map((row) => ({
      role: row.title ?? NO_ROLE,
      roleKind: row.kind as RoleKind | null,
      count: row.count,
      countPrecision,
      grouping: by,
      key: row.key,
      selection,
    }));
  }
  const rows = await readStanceGroups(context.reader, selection, by);
  return rows.map((row) => ({
    role: row.label ?? (by === StanceGrouping.COUNTRY ? NO_COUNTRY : NO_ROLE),
    roleKind: by === StanceGrouping.COUNTRY ? null : (row.kind as RoleKind | null),
    count: row.count,
    countPrecision,
    supports: row.supports,
    opposes: row.opposes,
    neutral: row.neutral,
    mixed: row.mixed,
    grouping: by,
    key: row.key,
    selection,
  }));
}

/** A stance group as a topic's stance breakdown gives it: named, "unknown" for no kind or country. */
function stanceCount(row: StanceGroupRow, by: StanceGrouping): StanceCount {
  const { count, supports, opposes, neutral, mixed } = row;
  const group = row.label ?? (by === StanceGrouping.ROLE ? NO_ROLE : 'unknown');
  return { group, supports, opposes, neutral, mixed, total: count };
}

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, {
    nullable: true,
    description:
      'A topic by its slug ("nato-invitation"), or by a phrase: the stored topic the phrase names (slug, label or ' +
      'alias), else the phrase itself as a topic (origin PHRASE), answered by meaning. Null for an unknown slug.',
  })
  async topic(
    @Arg('slug', () => String, { nullable: true, description: 'A stored topic\'s slug, e.g. "nato-invitation".' })
    slug: string | null,
    @Arg('phrase', () => String, { nullable: true, description: 'Any phrase ("Davis Cup", "martial law").' })
    phrase: string | null,
    @Ctx() context: Context,
  ): Promise<Topic | null> {
    if ((slug === null || slug === undefined) === (phrase === null || phrase === undefined)) {
      badInput('Pass either `slug` or `phrase`', [slug === null || slug === undefined ? 'slug' : 'phrase']);
    }
    if (slug !== null && slug !== undefined) return topicBySlug(context.reader, slug) as Promise<Topic | null>;
    const [named] = await namedTopicIds(context.reader, phrase!, ['phrase']);
    if (named !== undefined) return (await context.loaders.topic.load(named)) as Topic | null;
    return phraseTopic(context, topicPhrase(phrase!, ['phrase']));
  }

  @Query(() => TopicConnection, {
    description: 'Stored topics — from the taxonomy, found in the news, or made by people — in the order asked for.',
  })
  async topics(
    @Args(() => TopicConnectionArgs) args: TopicConnectionArgs,
    @Ctx() { reader }: Context,
  ): Promise<TopicConnection> {
    const { page, count } = await readTopicPage(reader, args, topicOrderArgs(args.orderBy), args.filter ?? null);
    return connectionOf(page, count) as unknown as TopicConnection;
  }

  @Query(() => [RoleStatements], {
    description:
      'Statements on a topic grouped by the role their speaker held at the time, largest group first. `topic` is a ' +
      'stored topic\'s slug, label or alias, or any phrase ("Davis Cup"), matched by meaning; a phrase nothing is ' +
      "about gives an empty list (`topic(phrase:)` then suggests topics). `by` groups by the role's title (the " +
      'default), kind or country.',
  })
  async statementsByRole(
    @Arg('topic', () => String, { description: 'A topic slug or any phrase ("NATO invitation").' }) topic: string,
    @Arg('by', () => StanceGrouping, {
      defaultValue: StanceGrouping.ROLE,
      description: "What to group by: the role's title, its kind, or its country.",
    })
    by: StanceGrouping,
    @Arg('role', () => String, {
      nullable: true,
      description:
        "Only the group of this name (a `role` of an earlier answer, letter case aside): to page one group's " +
        'statements on their own.',
    })
    role: string | null | undefined,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RoleStatements[]> {
    const groups = await roleGroups(context, await selectTopic(context.reader, topic, ['topic']), by, info);
    if (role === null || role === undefined) return groups;
    const wanted = checkedText(role, ['role']).toLowerCase();
    return groups.filter((group) => group.role.toLowerCase() === wanted);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID (a phrase topic has one too, which `node` resolves).' })
  id(@Root() topic: Topic): string {
    return topic.id === null ? toPhraseGlobalId('Topic', topic.label) : toGlobalId('Topic', topic.id);
  }

  @FieldResolver(() => [String], { description: 'Other names the news gives the topic ("impeachment vote").' })
  async aliases(@Root() topic: Topic, @Ctx() { loaders }: Context): Promise<string[]> {
    if (topic.id === null) return [];
    const label = topicKey(topic.label);
    return (await loaders.topicAliases.load(topic.id)).filter((alias) => topicKey(alias) !== label);
  }

  @FieldResolver(() => Int, {
    description:
      'Statements on the topic. For a phrase that is not a stored topic, its matches, counted up to 1,000 ' +
      '(see statementCountPrecision).',
  })
  async statementCount(@Root() topic: Topic, @Ctx() { loaders }: Context): Promise<number> {
    if (topic.id === null) return topicSelectionOf(topic).phrase!.matches.length;
    return (await loaders.topicActivity.load(topic.id)).statements;
  }

  @FieldResolver(() => CountPrecision, { description: 'Whether statementCount is exact or a lower bound.' })
  statementCountPrecision(@Root() topic: Topic): CountPrecision {
    return topic.id !== null || !topicSelectionOf(topic).phrase!.capped
      ? CountPrecision.EXACT
      : CountPrecision.AT_LEAST;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "Recent growth: statements on the topic in the archive's newest 7 days less those of the 7 days before; " +
      'null for a phrase that is not a stored topic.',
  })
  async growth(@Root() topic: Topic, @Ctx() { loaders }: Context): Promise<number | null> {
    if (topic.id === null) return null;
    const activity = await loaders.topicActivity.load(topic.id);
    return activity.recent - activity.previous;
  }

  @FieldResolver(() => [RoleStatements], {
    description: 'Statements on this topic grouped by the role their speaker held at the time, largest group first.',
  })
  roleStatements(
    @Root() topic: Topic,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RoleStatements[]> {
    return roleGroups(context, topicSelectionOf(topic), StanceGrouping.ROLE, info);
  }

  @FieldResolver(() => [StanceCount], {
    description: 'How statements on this topic divide by stance toward it, per group of speakers.',
  })
  async stanceBreakdown(
    @Root() topic: Topic,
    @Arg('by', () => StanceGrouping, { defaultValue: StanceGrouping.ROLE, description: 'What to group speakers by.' })
    by: StanceGrouping,
    @Ctx() { reader }: Context,
  ): Promise<StanceCount[]> {
    const rows = await readStanceGroups(reader, topicSelectionOf(topic), by);
    return rows.map((row) => stanceCount(row, by));
  }

  @FieldResolver(() => StatementConnection, {
    description: 'Statements about this topic; for a phrase topic, most relevant first unless ordered otherwise.',
  })
  statements(
    @Root() topic: Topic,
    @Args(() => StatementConnectionArgs) args: StatementConnectionArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatementConnection> {
    const [filter, order] = [statementFilterArgs(args.filter), statementOrderArgs(args.orderBy)];
    if (topic.id !== null) return nestedStatementConnection(context, 'topic', topic.id, filter, order, args, info);
    return statementConnection(context, { ...filter, topicSelection: topicSelectionOf(topic) }, order, args, info);
  }

  @FieldResolver(() => [Topic], {
    description:
      'The stored topics nearest this one in words and meaning (the busiest topics when none is near): where to ' +
      'look when a phrase matched nothing.',
  })
  async suggestions(
    @Root() topic: Topic,
    @Arg('first', () => Int, { defaultValue: 5, description: `How many, at most ${MAX_SUGGESTIONS}.` }) first: number,
    @Ctx() { reader }: Context,
  ): Promise<Topic[]> {
    const rows = await readTopicSuggestions(reader, topic.label, checkedSuggestions(first) + 1);
    return rows.filter((row) => row.id !== topic.id).slice(0, first) as Topic[];
  }
}

@Resolver(() => StatementConnection)
export class StatementConnectionTopicsResolver {
  @FieldResolver(() => [Topic], {
    description:
      'When `filter.topic` is given and no statement is on it: the stored topics nearest to it in words and ' +
      'meaning (the busiest when none is near); otherwise empty.',
  })
  async topicSuggestions(
    @Root() connection: StatementConnectionData,
    @Arg('first', () => Int, { defaultValue: 5, description: `How many, at most ${MAX_SUGGESTIONS}.` }) first: number,
    @Ctx() { reader }: Context,
  ): Promise<Topic[]> {
    const count = checkedSuggestions(first);
    if (!connection.topicAsked || connection.nodes.length > 0) return [];
    return (await readTopicSuggestions(reader, connection.topicAsked, count)) as Topic[];
  }
}

@Resolver(() => RoleStatements)
export class RoleStatementsResolver {
  @FieldResolver(() => StatementConnection, {
    description: "The group's statements: in ingestion and text order, or for a phrase most relevant first.",
  })
  statements(
    @Root() group: RoleStatements,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatementConnection> {
    // Every group's page comes from one SQL statement, whatever the number of groups: one stored topic's
    // groups by title read their taggings index (which holds only that topic's statements); groups by
    // kind or country, and other selections, read the statements, filtered.
    const { topicIds } = group.selection;
    const onTopic = { topicSelection: group.selection };
    if (group.grouping !== StanceGrouping.ROLE) {
      return nestedStatementConnection(context, { roleGroupBy: group.grouping }, group.key, onTopic, null, args, info);
    }
    return topicIds?.length === 1
      ? nestedStatementConnection(context, { roleGroupOnTopic: topicIds[0]! }, group.key, null, null, args, info)
      : nestedStatementConnection(context, 'roleGroup', group.key, onTopic, null, args, info);
  }
}

@Resolver(() => StatementTopic)
export class StatementTopicResolver {
  @FieldResolver(() => Topic, { description: 'The topic.' })
  async topic(@Root() link: StatementTopic, @Ctx() { loaders }: Context): Promise<Topic> {
    return (await loaders.topic.load(link.topicId)) as Topic;
  }
}

@Resolver(() => Statement)
export class StatementTopicsResolver {
  @FieldResolver(() => [StatementTopic], { description: 'The stored topics of the statement, each with its stance.' })
  topics(@Root() statement: Statement, @Ctx() { loaders }: Context): Promise<StatementTopic[]> {
    return loaders.topicsByStatement.load(statement.id);
  }

  @FieldResolver(() => Stance, {
    nullable: true,
    description:
      "Its stance toward the topic it was asked under (statementsByRole, a topic's statements, `filter.topic`); " +
      'null where no topic was asked.',
  })
  async stance(
    @Root() statement: Statement & Pick<StatementWithRelated, 'topicStance' | 'stanceTopic'>,
    @Ctx() { loaders }: Context,
  ): Promise<Stance | null> {
    if (!statement.stanceTopic) return statement.topicStance ?? null;
    // Who speaks, and in which role: a party named in the topic, or its defence, voices its own side.
    const [speaker, role] = await Promise.all([
      loaders.actor.load(statement.speakerId),
      statement.speakerRoleId === null ? null : loaders.role.load(statement.speakerRoleId),
    ]);
    return stanceToward(statement.text, statement.stanceTopic, speaker?.name, statement.cue ?? '', role?.title ?? '');
  }
}

@Resolver(() => Article)
export class ArticleTopicsResolver {
  @FieldResolver(() => [Topic], { description: 'The topics the article covers, most prominent first.' })
  async topics(@Root() article: Article, @Ctx() { loaders }: Context): Promise<Topic[]> {
    return (await loadAll(loaders.topic, await loaders.topicIdsByArticle.load(article.id))) as Topic[];
  }
}

@Resolver(() => ActorTopic)
export class ActorTopicResolver {
  @FieldResolver(() => Topic, { description: 'The topic.' })
  async topic(@Root() link: ActorTopic, @Ctx() { loaders }: Context): Promise<Topic> {
    return (await loaders.topic.load(link.topicId)) as Topic;
  }
}

@Resolver(() => Actor)
export class ActorTopicsResolver {
  @FieldResolver(() => [ActorTopic], {
    description: 'What the actor spoke about: its statements per topic, with their stances, most statements first.',
  })
  topics(@Root() actor: Actor, @Ctx() { loaders }: Context): Promise<ActorTopic[]> {
    return loaders.topicsBySpeaker.load(actor.id);
  }
}
