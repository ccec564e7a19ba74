// The database's enums, exposed as GraphQL enums with descriptions.
import { registerEnumType } from 'type-graphql';
import {
  ActorKind,
  ArticleSection,
  DatePrecision,
  EventType,
  ParticipantPart,
  RoleKind,
  Stance,
  StatementKind,
} from '../../generated/prisma/enums.ts';

registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'What sort of actor: a person, an organisation, a country, a group, or an anonymous source.',
});
registerEnumType(RoleKind, {
  name: 'RoleKind',
  description: 'The class of a role: head of state, minister, diplomat, official, spokesperson, expert, …',
});
registerEnumType(StatementKind, {
  name: 'StatementKind',
  description: 'DIRECT quotes the speaker; INDIRECT reports what they said; MIXED paraphrases with a quoted fragment.',
});
registerEnumType(ArticleSection, {
  name: 'ArticleSection',
  description: 'The part of an article a statement was read from: its HEADLINE or its BODY.',
});
registerEnumType(Stance, {
  name: 'Stance',
  description: 'Whether a statement supports, opposes, or is neutral or hedged toward a topic.',
});
registerEnumType(EventType, {
  name: 'EventType',
  description: 'What kind of event: a visit, a meeting, a summit, an attack, a vote, …',
});
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precisely the article dates an event: a day, a month, a year, or a range.',
});
registerEnumType(ParticipantPart, {
  name: 'ParticipantPart',
  description: 'The part an actor plays in an event: its agent, a participant, its host, or its target.',
});

export { ActorKind, ArticleSection, DatePrecision, EventType, ParticipantPart, RoleKind, Stance, StatementKind };
