// Rules ask of the same words and names again and again, within an article and across articles. A function of
// one string whose answers are kept, up to a bound (cleared when full) so that memory stays flat over any number
// of articles.

/** No answer (`undefined`) is kept as NONE, so that one look-up tells a kept answer from none. */
const NONE = Symbol('none');

/** `answer`, keeping up to `kept` of its answers. */
export function remembered<T>(kept: number, answer: (word: string) => T): (word: string) => T {
  const answers = new Map<string, T | typeof NONE>();
  return (word) => {
    const known = answers.get(word);
    if (known !== undefined) return (known === NONE ? undefined : known) as T;
    const found = answer(word);
    if (answers.size >= kept) answers.clear();
    answers.set(word, found === undefined ? NONE : found);
    return found;
  };
}
