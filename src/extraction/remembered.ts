// Rules ask of the same words and names again and again, within an article and across articles. A function of
// one string whose answers are kept, up to a bound (cleared when full) so that memory stays flat over any number
// of articles. Questions of an article's own text (a statement, a clause) are kept only while that article is read:
// no later article asks them again, and keeping them would only serve a text read twice.

/** No answer (`undefined`) is kept as NONE, so that one look-up tells a kept answer from none. */
const NONE = Symbol('none');

/** `answer`, keeping up to `kept` of its answers in `answers`. */
function keeping<T>(answers: Map<string, T | typeof NONE>, kept: number, answer: (word: string) => T) {
  return (word: string): T => {
    const known = answers.get(word);
    if (known !== undefined) return (known === NONE ? undefined : known) as T;
    const found = answer(word);
    if (answers.size >= kept) answers.clear();
    answers.set(word, found === undefined ? NONE : found);
    return found;
  };
}

/** `answer`, keeping up to `kept` of its answers. */
export function remembered<T>(kept: number, answer: (word: string) => T): (word: string) => T {
  return keeping(new Map(), kept, answer);
}

const articleMemos: Map<string, unknown>[] = [];

/** `answer`, keeping up to `kept` of its answers until the next article is begun (beginArticle). */
export function rememberedInArticle<T>(kept: number, answer: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T | typeof NONE>();
  articleMemos.push(answers);
  return keeping(answers, kept, answer);
}

/** Lets go of what was kept of the article before (rememberedInArticle). */
export function beginArticle(): void {
  for (const answers of articleMemos) answers.clear();
}
