import { Node } from '../shared/node.interface.ts';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Connection } from '../shared/connection.type.ts';

@Directive('@key(fields: "id")')
@Directive('@key(fields: "slug")')
@ObjectType({
  implements: Node,
  description: 'A subject statements are about, from the service taxonomy ("NATO invitation / membership").',
})
export class Topic {
  id!: number;

  @Field(() => String, { description: 'Stable identifier, e.g. "nato-invitation".' })
  slug!: string;

  @Field(() => String, { description: 'Name for people to read.' })
  label!: string;
}

@ObjectType({ description: 'A page of topics.' })
export class TopicConnection extends Connection(Topic, 'Topic') {}
