import type { TextDocument } from './text/document.ts';
import type { ActorRecord } from './actor-registry.ts';
import type { NamedActors } from './actors.ts';

/** What the resolvers remember while reading the article in order. */
export interface DiscourseState {
  doc: TextDocument;
  named: NamedActors;
  lastSpeaker: { actor: ActorRecord; paragraph: number } | null;
}
