import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, Info } from 'type-graphql';
import type { Context } from '../context.ts';
import { loadAll } from '../loaders.ts';
import { ActorConnection } from '../actor/actor.type.ts';
import { EventConnection } from '../event/event.type.ts';
import { linkedConnection, links } from '../shared/linked-connection.ts';
import { ConnectionArgs } from '../shared/connection.args.ts';
import { toGlobalId } from '../shared/global-id.ts';
import { requireId } from '../shared/node-args.ts';
import { keysetConnection } from '../shared/pagination.ts';
import { StatementConnection } from '../statement/statement.type.ts';
import { StatementConnectionArgs } from '../statement/statement-connection.args.ts';
import { nestedStatementConnection } from '../statement/statement-connections.ts';
import { Topic } from '../topic/topic.type.ts';
import { ArticleFilter, ArticleOrder, ArticleOrderField } from './article-filter.input.ts';
import { articleWhere } from './article-where.ts';
import { Article, ArticleConnection } from './article.type.ts';
import { datedKeysetConnection } from '../shared/dated-keyset.ts';
import { OrderDirection } from '../shared/order-direction.ts';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: 'An article by its ID.' })
  article(
    @Arg('id', () => ID, { description: 'Its global ID.' }) id: string,
    @Ctx() { loaders }: Context,
  ): Promise<Article | null> {
    return loaders.article.load(requireId(id, 'Article'));
  }

  @Query(() => ArticleConnection, { description: 'Articles matching a filter; by default in ingestion order.' })
  async articles(
    @Arg('filter', () => ArticleFilter, { nullable: true, description: 'Conditions to meet; all of them.' })
    filter: ArticleFilter | null,
    @Arg('orderBy', () => ArticleOrder, {
      nullable: true,
      description: 'The order; by default the order of ingestion.',
    })
    orderBy: ArticleOrder | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() { db }: Context,
  ): Promise<ArticleConnection> {
    const where = await articleWhere(db, filter);
    const count = () => db.article.count({ where });
    if (orderBy?.field === ArticleOrderField.PUBLISHED_AT) {
      return datedKeysetConnection(
        args,
        'publishedAt',
        orderBy.direction,
        (page) => db.article.findMany({ ...page, where: { AND: [where, page.where] } }),
        count,
      );
    }
    return keysetConnection(
      args,
      (page) => db.article.findMany({ ...page, where: { AND: [where, page.where] } }),
      count,
      orderBy?.direction === OrderDirection.DESC,
    );
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID.' })
  id(@Root() article: Article): string {
    return toGlobalId('Article', article.id);
  }

  @FieldResolver(() => StatementConnection, { description: 'The statements the article reports, in text order.' })
  statements(
    @Root() article: Article,
    @Args(() => StatementConnectionArgs) args: StatementConnectionArgs,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatementConnection> {
    return nestedStatementConnection(context, 'article', article.id, args, info);
  }

  @FieldResolver(() => ActorConnection, { description: 'The actors the article mentions.' })
  actors(
    @Root() article: Article,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: Context,
  ): Promise<ActorConnection> {
    return linkedConnection(context, links.articleActors, article.id, args, context.loaders.actor);
  }

  @FieldResolver(() => EventConnection, { description: 'The events the article reports.' })
  events(
    @Root() article: Article,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: Context,
  ): Promise<EventConnection> {
    return linkedConnection(context, links.articleEvents, article.id, args, context.loaders.event);
  }

  @FieldResolver(() => [Topic], { description: 'The topics the article covers, most prominent first.' })
  async topics(@Root() article: Article, @Ctx() { loaders }: Context): Promise<Topic[]> {
    const links = await loaders.topicsByArticle.load(article.id);
    return loadAll(
      loaders.topic,
      links.map((link) => link.topicId),
    );
  }
}
