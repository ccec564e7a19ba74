import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { StatementTopic } from './statement-topic.type.ts';
import { Topic } from './topic.type.ts';

@Resolver(() => StatementTopic)
export class StatementTopicResolver {
  @FieldResolver(() => Topic, { description: 'The topic.' })
  async topic(@Root() link: StatementTopic, @Ctx() { loaders }: Context): Promise<Topic> {
    return (await loaders.topic.load(link.topicId))!;
  }
}
