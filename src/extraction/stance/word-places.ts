// A clause's words are read toward every topic of its statement: where the words of one kind stand in it is found
// once, and kept as long as the clause is.

/** Places of the words of one kind in a clause's words, found on first asking. */
export function wordPlaces(isOfKind: (word: string) => boolean): (words: readonly string[]) => number[] {
  const placesOf = new WeakMap<readonly string[], number[]>();
  return (words) => {
    let places = placesOf.get(words);
    if (!places) {
      places = [];
      // The first word opens the clause: a verb said of a subject stands after it.
      for (let i = 1; i < words.length; i++) if (isOfKind(words[i]!)) places.push(i);
      placesOf.set(words, places);
    }
    return places;
  };
}
