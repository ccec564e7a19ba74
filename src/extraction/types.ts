// The extractor's contract: plain data out of plain text in. Offsets are into `body`, or into `headline` for a
// statement the headline makes (start inclusive, end exclusive, in UTF-16 code units as JavaScript strings count them).

export interface ArticleText {
  headline: string;
  body: string;
  /** Publication date, ISO 8601 ("2024-10-17" or a full timestamp); anchors relative dates. */
  publishedAt?: string | null;
}

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type ActorKind = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'ANONYMOUS' | 'GROUP';

export type RoleKind =
  | 'HEAD_OF_STATE'
  | 'HEAD_OF_GOVERNMENT'
  | 'MINISTER'
  | 'DIPLOMAT'
  | 'MILITARY'
  | 'LAWMAKER'
  | 'OFFICIAL'
  | 'SPOKESPERSON'
  | 'CANDIDATE'
  | 'JUDICIAL'
  | 'LAW_ENFORCEMENT'
  | 'LEGAL'
  | 'EXPERT'
  | 'EXECUTIVE'
  | 'JOURNALIST'
  | 'ACTIVIST'
  | 'OTHER';

export type StatementKind = 'DIRECT' | 'INDIRECT' | 'MIXED';
/** The part of the article a statement's offsets point into. */
export type ArticleSection = 'HEADLINE' | 'BODY';
export type Stance = 'SUPPORTS' | 'OPPOSES' | 'NEUTRAL' | 'MIXED';
export type Gender = 'male' | 'female';

export type EventType =
  | 'VISIT'
  | 'MEETING'
  | 'SUMMIT'
  | 'BRIEFING'
  | 'STATEMENT_ISSUED'
  | 'AGREEMENT'
  | 'ATTACK'
  | 'VOTE'
  | 'ELECTION'
  | 'COURT_RULING'
  | 'ARREST'
  | 'OTHER';

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR' | 'RANGE';
export type ParticipantPart = 'AGENT' | 'PARTICIPANT' | 'HOST' | 'TARGET';

export interface ExtractedRole {
  /** The title as news writes it, in title case where it is a title ("U.S. Ambassador to NATO"), abbreviations
   *  written out ("Senator"), so one title is one role however each article abbreviates it. */
  title: string;
  /** The title with its abbreviations as the article first wrote them ("Sen."): what a reader quotes. */
  written: string;
  kind: RoleKind;
  organization: string | null;
  country: string | null;
}

export interface ExtractedMention extends TextSpan {
  /** The title this mention gives the actor, if any (a key into the actor's `roles`). */
  roleTitle: string | null;
}

export interface ExtractedActor {
  /** Local reference, unique within one analysis ("a1"); statements and events point at it. */
  ref: string;
  /** Canonical name: the fullest form in the article ("Volodymyr Zelensky", "a senior NATO official"). */
  name: string;
  kind: ActorKind;
  gender: Gender | null;
  /** Other ways the article refers to the actor ("Zelensky", "the Ukrainian leader"). */
  aliases: string[];
  roles: ExtractedRole[];
  mentions: ExtractedMention[];
}

export interface StatementTopic {
  slug: string;
  stance: Stance;
}

export interface ExtractedStatement extends TextSpan {
  /** Whether `start`/`end` and `sentence` are offsets into the headline or into the body. */
  section: ArticleSection;
  speakerRef: string;
  /** Title of the role the speaker holds here; one of the speaker's `roles[].title`. */
  speakerRole: string | null;
  kind: StatementKind;
  /** The attribution verb or phrase ("said", "told", "according to"). */
  cue: string | null;
  /** The sentence (or, for quotes running over sentences, the passage) the statement came from. */
  sentence: Span;
  topics: StatementTopic[];
  /** The event the statement was made at, when the article says so. */
  eventRef: string | null;
}

export interface EventDate {
  /** The date as written ("Thursday afternoon", "in recent weeks"). */
  text: string;
  /** ISO date (YYYY-MM-DD) of the first day. */
  start: string;
  /** ISO date of the last day, for ranges; equal to `start` for a single day. */
  end: string;
  precision: DatePrecision;
}

export interface ExtractedEventParticipant {
  actorRef: string;
  part: ParticipantPart;
}

export interface ExtractedEvent {
  ref: string;
  type: EventType;
  description: string;
  place: string | null;
  when: EventDate | null;
  participants: ExtractedEventParticipant[];
  mentions: TextSpan[];
}

export type TopicKind = 'SUBJECT' | 'ENTITY' | 'EVENT' | 'PHRASE';

export interface ExtractedTopic {
  slug: string;
  label: string;
  /** How prominent the topic is in the article (taxonomy topics: how many statements and sentences carry it). */
  weight: number;
  /** A taxonomy subject (SEED) or one found in the article's own words (DISCOVERED). */
  origin: 'SEED' | 'DISCOVERED';
  kind: TopicKind;
  /** Other names of the topic: a taxonomy topic's phrases, the other forms the article uses. */
  aliases: string[];
}

export interface Analysis {
  extractorVersion: string;
  actors: ExtractedActor[];
  statements: ExtractedStatement[];
  events: ExtractedEvent[];
  topics: ExtractedTopic[];
}
