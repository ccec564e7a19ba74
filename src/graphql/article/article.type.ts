import { DateTimeResolver } from 'graphql-scalars';
import { Node } from '../shared/node.interface.ts';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Connection } from '../shared/connection.type.ts';

@Directive('@key(fields: "id")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A news article and the graph extracted from it.' })
export class Article {
  id!: number;

  @Field(() => String, { description: 'The headline.' })
  headline!: string;

  @Field(() => String, { nullable: true, description: 'The publication that ran the article.' })
  source!: string | null;

  @Field(() => String, { nullable: true, description: 'The canonical URL.' })
  url!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the article was published.' })
  publishedAt!: Date | null;

  @Field(() => DateTimeResolver, { description: 'When this service ingested the article.' })
  ingestedAt!: Date;

  @Field(() => String, { description: 'Version of the extractor that analysed the article.' })
  extractorVersion!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A page of articles.' })
export class ArticleConnection extends Connection(Article, 'Article') {}
