// A topic that takes something away ("lifting the ban", "scrapping the toll", "banning phones in class") is the
// opposite of the thing it takes away: a statement that speaks of the thing alone ("the ban has worked", "we oppose
// the toll") takes the opposite side toward the topic. A statement that names the undoing itself ("lifting it would
// be a mistake", "we oppose removing the ban") is read toward the topic as it is.
import type { Stance } from '../types.ts';
import { turned } from './denied-frames.ts';
import { readTopic, wordKey, type StanceTopic, type TopicReading } from './topic-reading.ts';
import { undoes } from './removal-words.ts';

/** The thing a topic takes away, as a topic of its own: its words and name without the opening verb. */
const undoneTopics = new WeakMap<TopicReading, StanceTopic>();

function undoneTopic(reading: TopicReading, asked: StanceTopic | readonly string[] | ReadonlySet<string>): StanceTopic {
  let undone = undoneTopics.get(reading);
  if (!undone) {
    const name = 'name' in asked && asked.name !== undefined ? asked.name : undefined;
    const words = [...reading.words].filter((word) => word !== reading.undoing);
    undone = { words, name: name?.replace(/^\s*\p{L}+\s+/u, '') };
    undoneTopics.set(reading, undone);
  }
  return undone;
}

/** Whether a text names a verb or noun of undoing, other than one of the thing undone's own words ("ban", asked
 *  about lifting the ban): then it speaks of the undoing, not of the thing alone. */
function namesUndoing(text: string, undone: StanceTopic): boolean {
  const own = new Set([...undone.words].map(wordKey));
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => undoes(word) && !own.has(wordKey(word)));
}

/** Where a statement speaks only of what the topic takes away: that thing as the topic, and a turn of the stance
 *  read toward it; else null (read toward the topic as asked). */
export function readTowardUndone(
  text: string,
  asked: StanceTopic | readonly string[] | ReadonlySet<string>,
): { topic: StanceTopic; turn: (stance: Stance) => Stance } | null {
  const reading = readTopic(asked);
  if (reading.undoing === null) return null;
  const undone = undoneTopic(reading, asked);
  return namesUndoing(text, undone) ? null : { topic: undone, turn: turned };
}
