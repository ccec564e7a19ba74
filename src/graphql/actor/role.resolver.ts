import { DateTimeResolver } from 'graphql-scalars';
import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { toGlobalId } from '../shared/global-id.ts';
import { Actor } from './actor.type.ts';
import { Role } from './role.type.ts';

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => ID, { description: 'Opaque global ID.' })
  id(@Root() role: Role): string {
    return toGlobalId('Role', role.id);
  }

  @FieldResolver(() => DateTimeResolver, {
    nullable: true,
    description: 'Publication date of the earliest article giving the actor this role.',
  })
  async firstSeenAt(@Root() role: Role, @Ctx() { loaders }: Context): Promise<Date | null> {
    return (await loaders.roleSpan.load(role.id))?.firstSeenAt ?? null;
  }

  @FieldResolver(() => DateTimeResolver, {
    nullable: true,
    description: 'Publication date of the latest article giving the actor this role.',
  })
  async lastSeenAt(@Root() role: Role, @Ctx() { loaders }: Context): Promise<Date | null> {
    return (await loaders.roleSpan.load(role.id))?.lastSeenAt ?? null;
  }

  @FieldResolver(() => Actor, { description: 'Who holds the role.' })
  async actor(@Root() role: Role, @Ctx() { loaders }: Context): Promise<Actor> {
    return (await loaders.actor.load(role.actorId))!;
  }
}
