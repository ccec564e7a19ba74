import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { deleteArticle } from '../../curation/article-deletion.ts';
import type { Context } from '../context.ts';
import { toGlobalId } from '../shared/global-id.ts';
import { decodeInputIds } from '../shared/mutation-ids.ts';
import { UserError } from '../shared/user-error.type.ts';

@InputType({ description: 'The article to delete.' })
export class ArticleDeleteInput {
  @Field(() => ID, { description: 'The article.' })
  articleId!: string;
}

@ObjectType({ simpleResolvers: true, description: 'The result of articleDelete.' })
export class ArticleDeletePayload {
  @Field(() => ID, { nullable: true, description: 'ID of the deleted article.' })
  deletedArticleId!: string | null;

  @Field(() => Int, { description: 'Actors deleted because no other article mentions them.' })
  deletedActorCount!: number;

  @Field(() => Int, { description: 'Events deleted because no other article reports them.' })
  deletedEventCount!: number;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

@Resolver()
export class ArticleMutations {
  @Mutation(() => ArticleDeletePayload, {
    description:
      'Deletes an article with everything only it supports: its statements, mentions, and orphaned actors and events.',
  })
  async articleDelete(
    @Arg('input', () => ArticleDeleteInput, { description: 'What to change.' }) input: ArticleDeleteInput,
    @Ctx() { db }: Context,
  ): Promise<ArticleDeletePayload> {
    const { ids, userErrors } = decodeInputIds({ articleId: { value: input.articleId, type: 'Article' } });
    const nothing = { deletedArticleId: null, deletedActorCount: 0, deletedEventCount: 0 };
    if (userErrors.length > 0) return { ...nothing, userErrors };
    const result = await deleteArticle(db, ids.articleId);
    if (!result.value) return { ...nothing, userErrors: result.userErrors };
    return {
      deletedArticleId: toGlobalId('Article', result.value.articleId),
      deletedActorCount: result.value.deletedActors,
      deletedEventCount: result.value.deletedEvents,
      userErrors: [],
    };
  }
}
