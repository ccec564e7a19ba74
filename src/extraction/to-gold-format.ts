import type { Analysis, ArticleSection, StatementKind, ActorKind, EventType, ExtractedRole } from './types.ts';

export interface GoldActor {
  name: string;
  kind: ActorKind;
  roles: string[];
  aliases: string[];
}

export interface GoldStatement {
  speaker: string;
  speakerRole: string | null;
  kind: StatementKind;
  text: string;
  cue: string | null;
  /** What `start` and `end` point into; scorers read the text and ignore it. */
  section: ArticleSection;
  start: number;
  end: number;
}

export interface GoldEvent {
  type: EventType;
  description: string;
  participants: string[];
  location: string | null;
  when: string | null;
}

export interface GoldFormat {
  actors: GoldActor[];
  statements: GoldStatement[];
  events: GoldEvent[];
}

// The gold format knows nine event types; the extractor's finer ones are written as the gold's.
const GOLD_EVENT_TYPE: Partial<Record<EventType, EventType>> = {
  ARREST: 'OTHER',
  ELECTION: 'VOTE',
  BRIEFING: 'STATEMENT_ISSUED',
};

/** The title of the speaker's role as the article first wrote it ("Sen."), else the title itself. */
function writtenRole(roles: ExtractedRole[] | undefined, title: string | null): string | null {
  if (title === null) return null;
  return roles?.find((r) => r.title === title)?.written ?? title;
}

/** The analysis in the shape of the gold files: actors by canonical name, dates as written. */
export function toGoldFormat(analysis: Analysis): GoldFormat {
  const nameOf = new Map(analysis.actors.map((a) => [a.ref, a.name]));
  const rolesOf = new Map(analysis.actors.map((a) => [a.ref, a.roles]));
  return {
    actors: analysis.actors.map((a) => ({
      name: a.name,
      kind: a.kind,
      roles: a.roles.map((r) => r.title),
      aliases: a.aliases,
    })),
    statements: analysis.statements.map((s) => ({
      speaker: nameOf.get(s.speakerRef) ?? s.speakerRef,
      // The gold format's role is the title as the article gives it (../shared/eval/README.md): "Sen.".
      speakerRole: writtenRole(rolesOf.get(s.speakerRef), s.speakerRole),
      kind: s.kind,
      text: s.text,
      cue: s.cue,
      section: s.section,
      start: s.start,
      end: s.end,
    })),
    events: analysis.events.map((e) => ({
      type: GOLD_EVENT_TYPE[e.type] ?? e.type,
      description: e.description,
      participants: e.participants.map((p) => nameOf.get(p.actorRef)).filter((n): n is string => n !== undefined),
      location: e.place,
      when: e.when?.text ?? null,
    })),
  };
}
