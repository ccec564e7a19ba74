import { Node } from '../shared/node.interface.ts';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { ArticleSection, StatementKind } from '../shared/enums.ts';
import { Connection } from '../shared/connection.type.ts';

@Directive('@key(fields: "id")')
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'Something an actor said, as an article reports it.',
})
export class Statement {
  id!: number;
  articleId!: number;
  speakerId!: number;
  speakerRoleId!: number | null;
  eventId!: number | null;

  @Field(() => String, { description: 'What was said: the quote, or the reported content.' })
  text!: string;

  @Field(() => StatementKind, { description: 'Direct quote, indirect report, or a mix of both.' })
  kind!: StatementKind;

  @Field(() => String, {
    nullable: true,
    description: 'The attribution verb or phrase ("said", "told", "according to").',
  })
  cue!: string | null;

  @Field(() => ArticleSection, {
    description:
      'The part of the article the statement was read from: a headline such as "Senator: Plan will fail" states ' +
      'something too. The offsets below point into that part (the headline or the body).',
  })
  section!: ArticleSection;

  @Field(() => Int, {
    description: 'Offset in the section (headline or body) where the text starts (UTF-16 code units).',
  })
  start!: number;

  @Field(() => Int, { description: 'Offset in the section just past the text.' })
  end!: number;

  @Field(() => Int, {
    description: 'Offset in the section where the sentence or passage of the statement starts.',
  })
  sentenceStart!: number;

  @Field(() => Int, { description: 'Offset in the section just past that sentence or passage.' })
  sentenceEnd!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A page of statements.' })
export class StatementConnection extends Connection(Statement, 'Statement') {}
