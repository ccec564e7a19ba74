import { Node } from '../shared/node.interface.ts';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { ActorKind, RoleKind } from '../shared/enums.ts';
import { Connection } from '../shared/connection.type.ts';

@Directive('@key(fields: "id")')
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A person, organisation, country, group or anonymous source that news reports on.',
})
export class Actor {
  id!: number;

  @Field(() => String, {
    description: 'The fullest name the news gives ("Volodymyr Zelensky", "a senior NATO official").',
  })
  name!: string;

  @Field(() => ActorKind, { description: 'What sort of actor this is.' })
  kind!: ActorKind;

  @Field(() => String, { nullable: true, description: 'Wikidata item (QID) identifying the actor, when known.' })
  wikidataId!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A page of actors.' })
export class ActorConnection extends Connection(Actor, 'Actor') {}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A role an actor holds, as news describes it ("U.S. Ambassador to NATO").',
})
export class Role {
  id!: number;
  actorId!: number;

  @Field(() => String, { description: 'The title as written, e.g. "Lithuanian Defense Minister".' })
  title!: string;

  @Field(() => RoleKind, { description: 'The class of the role.' })
  kind!: RoleKind;

  @Field(() => String, { nullable: true, description: 'The organisation the role belongs to, if named.' })
  organization!: string | null;

  @Field(() => String, { nullable: true, description: 'The country the role belongs to, if named.' })
  country!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A place in an article body where an actor is named or referred to.',
})
export class Mention {
  actorId!: number;

  @Field(() => String, { description: 'The words of the body at that place ("Rutte", "the Ukrainian leader").' })
  text!: string;

  @Field(() => Int, { description: 'Offset in the article body where the mention starts (UTF-16 code units).' })
  start!: number;

  @Field(() => Int, { description: 'Offset in the article body just past the mention.' })
  end!: number;
}

@ObjectType({ simpleResolvers: true, description: 'An actor beside another: how many articles name them both.' })
export class CoActor {
  actorId!: number;

  @Field(() => Int, { description: 'Articles that name both actors.' })
  sharedArticles!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Two actors that appear in the same articles.' })
export class CoActorLink {
  source!: number;
  target!: number;

  @Field(() => Int, { description: 'Articles that name both actors.' })
  sharedArticles!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Who appears with an actor, and with whom those actors appear: a network for drawing.',
})
export class CoActorNetwork {
  @Field(() => [CoActor], { description: 'The actors appearing most often beside the actor, most frequent first.' })
  nodes!: CoActor[];

  @Field(() => [CoActorLink], {
    description: 'Every pair among the actor and those co-actors that appear in the same articles.',
  })
  links!: CoActorLink[];
}
