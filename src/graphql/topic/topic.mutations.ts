// Curation of topics: make one, rename it, give it phrases, merge two, split one. Curated phrases and
// names outlive re-analysis (see src/curation/topic-curation.ts).
import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { CurationResult } from '../../curation/curation-result.ts';
import { addTopicPhrases, createTopic, mergeTopics, renameTopic, splitTopic } from '../../curation/topic-curation.ts';
import type { Topic as TopicRow } from '../../generated/prisma/client.ts';
import type { Context } from '../context.ts';
import { decodeInputIds } from '../shared/mutation-ids.ts';
import { UserError } from '../shared/user-error.type.ts';
import {
  TopicCreateInput,
  TopicMergeInput,
  TopicPhrasesAddInput,
  TopicRenameInput,
  TopicSplitInput,
} from './topic.inputs.ts';
import { Topic } from './topic.type.ts';

@ObjectType({ description: 'The result of a curation of a topic.' })
export class TopicCurationPayload {
  @Field(() => Topic, { nullable: true, description: 'The topic as it now is (after a split, the new topic).' })
  topic!: Topic | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  userErrors!: UserError[];
}

function payload(result: CurationResult<TopicRow>): TopicCurationPayload {
  return { topic: result.value as Topic | null, userErrors: result.userErrors };
}

@Resolver()
export class TopicMutations {
  @Mutation(() => TopicCurationPayload, {
    description: 'Makes a topic; the statements saying its name or phrases are tagged with it, now and after.',
  })
  async topicCreate(
    @Arg('input', () => TopicCreateInput, { description: 'The topic.' }) input: TopicCreateInput,
    @Ctx() { db }: Context,
  ): Promise<TopicCurationPayload> {
    return payload(await createTopic(db, input.label, input.phrases));
  }

  @Mutation(() => TopicCurationPayload, { description: 'Renames a topic; its slug and old name stay.' })
  async topicRename(
    @Arg('input', () => TopicRenameInput, { description: 'What to change.' }) input: TopicRenameInput,
    @Ctx() { db }: Context,
  ): Promise<TopicCurationPayload> {
    const { ids, userErrors } = decodeInputIds({ id: { value: input.id, type: 'Topic' } });
    if (userErrors.length > 0) return { topic: null, userErrors };
    return payload(await renameTopic(db, ids.id, input.label));
  }

  @Mutation(() => TopicCurationPayload, { description: 'Gives a topic phrases that name it. Re-analysis keeps them.' })
  async topicPhrasesAdd(
    @Arg('input', () => TopicPhrasesAddInput, { description: 'What to change.' }) input: TopicPhrasesAddInput,
    @Ctx() { db }: Context,
  ): Promise<TopicCurationPayload> {
    const { ids, userErrors } = decodeInputIds({ id: { value: input.id, type: 'Topic' } });
    if (userErrors.length > 0) return { topic: null, userErrors };
    return payload(await addTopicPhrases(db, ids.id, input.phrases));
  }

  @Mutation(() => TopicCurationPayload, {
    description: 'Merges two topics: statements, articles and names move to the target. Re-analysis keeps it.',
  })
  async topicMerge(
    @Arg('input', () => TopicMergeInput, { description: 'What to change.' }) input: TopicMergeInput,
    @Ctx() { db }: Context,
  ): Promise<TopicCurationPayload> {
    const { ids, userErrors } = decodeInputIds({
      sourceId: { value: input.sourceId, type: 'Topic' },
      targetId: { value: input.targetId, type: 'Topic' },
    });
    if (userErrors.length > 0) return { topic: null, userErrors };
    return payload(await mergeTopics(db, ids.sourceId, ids.targetId));
  }

  @Mutation(() => TopicCurationPayload, {
    description: 'Splits a topic: a new topic takes the phrases given and the statements saying them.',
  })
  async topicSplit(
    @Arg('input', () => TopicSplitInput, { description: 'What to change.' }) input: TopicSplitInput,
    @Ctx() { db }: Context,
  ): Promise<TopicCurationPayload> {
    const { ids, userErrors } = decodeInputIds({ id: { value: input.id, type: 'Topic' } });
    if (userErrors.length > 0) return { topic: null, userErrors };
    return payload(await splitTopic(db, ids.id, input.label, input.phrases));
  }
}
