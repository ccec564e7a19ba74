import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { readArticlePage } from '../../reads/articles.reads.ts';
import type { Context } from '../context.ts';
import { ConnectionArgs } from '../shared/connection.args.ts';
import { connectionOf } from '../shared/connection.ts';
import { toGlobalId } from '../shared/global-id.ts';
import { requireId } from '../shared/node-args.ts';
import { ArticleFilter, ArticleOrder, articleOrderArgs } from './article.inputs.ts';
import { Article, ArticleConnection } from './article.type.ts';

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
    @Ctx() { reader }: Context,
  ): Promise<ArticleConnection> {
    const { page, count } = await readArticlePage(reader, filter, articleOrderArgs(orderBy), args);
    return connectionOf(page, count);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID.' })
  id(@Root() article: Article): string {
    return toGlobalId('Article', article.id);
  }

  @FieldResolver(() => String, { description: 'The body text; every offset in the graph points into it.' })
  async body(@Root() article: Article, @Ctx() { loaders }: Context): Promise<string> {
    return (await loaders.articleBody.load(article.id)) ?? '';
  }
}
