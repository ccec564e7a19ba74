// An article with a statement highlighted by its offsets: the words said, and the attribution — the
// mention of the speaker and the attribution verb — in the sentence around them.
import type { ComponentChild } from 'preact';
import { useEffect } from 'preact/hooks';
import { ExplorerArticleDocument, type ExplorerArticleQuery } from '../../../client/generated/operations.ts';
import { useQuery } from '../api/client.ts';
import { formatDate } from '../components/dates.ts';
import { href } from '../routing.ts';

type ArticleStatement = NonNullable<ExplorerArticleQuery['article']>['statements']['nodes'][number];

interface Span {
  start: number;
  end: number;
  kind: 'statement' | 'speaker' | 'cue';
}

/** The cue verb inside the sentence but outside the statement's own words, if it is written there. */
function cueSpan(body: string, statement: ArticleStatement): Span | null {
  if (!statement.cue) return null;
  const sentence = body.slice(statement.sentenceStart, statement.sentenceEnd).toLowerCase();
  const cue = statement.cue.toLowerCase();
  for (let at = sentence.indexOf(cue); at >= 0; at = sentence.indexOf(cue, at + 1)) {
    const start = statement.sentenceStart + at;
    const end = start + cue.length;
    const wordBounded = !/\w/.test(body[start - 1] ?? ' ') && !/\w/.test(body[end] ?? ' ');
    if (wordBounded && (end <= statement.start || start >= statement.end)) return { start, end, kind: 'cue' };
  }
  return null;
}

/**
 * The spans to mark in the headline and in the body. A statement's offsets and its cue are in its own
 * section; the speaker's mention is always in the body.
 */
function highlightsOf(
  article: { headline: string; body: string },
  statement: ArticleStatement | undefined,
): { headline: Span[]; body: Span[] } {
  if (!statement) return { headline: [], body: [] };
  const inHeadline = statement.section === 'HEADLINE';
  const own: Span[] = [{ start: statement.start, end: statement.end, kind: 'statement' }];
  const cue = cueSpan(inHeadline ? article.headline : article.body, statement);
  if (cue && !own.some((span) => cue.start < span.end && span.start < cue.end)) own.push(cue);
  const body: Span[] = inHeadline ? [] : [...own];
  const mention = statement.speakerMention;
  if (mention && (inHeadline || mention.end <= statement.start || mention.start >= statement.end)) {
    if (!body.some((span) => mention.start < span.end && span.start < mention.end))
      body.push({ start: mention.start, end: mention.end, kind: 'speaker' });
  }
  const bySpan = (a: Span, b: Span) => a.start - b.start;
  return { headline: inHeadline ? own.sort(bySpan) : [], body: body.sort(bySpan) };
}

const MARK_LABEL: Record<Span['kind'], string> = {
  statement: 'statement',
  speaker: 'speaker',
  cue: 'attribution verb',
};

/** A stretch of `body` (the headline or a paragraph of the body) with the highlighted spans that fall in it. */
function marked(body: string, start: number, end: number, spans: Span[]): ComponentChild[] {
  const parts: ComponentChild[] = [];
  let at = start;
  for (const span of spans) {
    if (span.end <= start || span.start >= end) continue;
    const from = Math.max(span.start, start);
    const to = Math.min(span.end, end);
    if (from > at) parts.push(body.slice(at, from));
    parts.push(
      <mark class={`highlight-${span.kind}`} data-start={from} data-end={to} aria-label={MARK_LABEL[span.kind]}>
        {body.slice(from, to)}
      </mark>,
    );
    at = to;
  }
  if (at < end) parts.push(body.slice(at, end));
  return parts;
}

export function ArticleView({ id, statementId }: { id: string; statementId: string | null }) {
  const { data, error, fetching } = useQuery(ExplorerArticleDocument, { id });
  const article = data?.article;
  const selected = article?.statements.nodes.find((statement) => statement.id === statementId);
  useEffect(() => {
    if (selected) document.querySelector('mark.highlight-statement')?.scrollIntoView({ block: 'center' });
  }, [selected?.id]);
  if (error) return <p role="alert">{error}</p>;
  if (fetching && !data) return <p role="status">Loading the article…</p>;
  if (!article) return <p role="alert">No such article.</p>;
  const spans = highlightsOf(article, selected);
  let offset = 0;
  const paragraphs = article.body.split('\n').map((text) => {
    const range = { start: offset, end: offset + text.length };
    offset += text.length + 1;
    return range;
  });
  return (
    <div class="article-layout">
      <article class="panel article" aria-labelledby="article-heading">
        <h2 id="article-heading">{marked(article.headline, 0, article.headline.length, spans.headline)}</h2>
        <p class="muted">
          {article.source ?? 'Unknown source'} ·{' '}
          <time dateTime={article.publishedAt ?? undefined}>{formatDate(article.publishedAt)}</time>
          {article.url && (
            <>
              {' '}
              · <span class="url">{article.url}</span>
            </>
          )}
        </p>
        {selected && (
          <p class="legend" aria-label="Highlighting">
            <mark class="highlight-statement">what was said</mark> <mark class="highlight-speaker">who said it</mark>{' '}
            <mark class="highlight-cue">attribution verb</mark>
          </p>
        )}
        <div class="body">
          {paragraphs
            .filter((range) => range.end > range.start)
            .map((range) => (
              <p key={range.start}>{marked(article.body, range.start, range.end, spans.body)}</p>
            ))}
        </div>
      </article>
      <aside class="panel" aria-labelledby="article-statements-heading">
        <h2 id="article-statements-heading">Statements in this article</h2>
        <ol class="article-statements">
          {article.statements.nodes.map((statement) => (
            <li key={statement.id} aria-current={statement.id === statementId ? 'true' : undefined}>
              <a href={href.article(article.id, statement.id)}>{statement.text}</a>
              <span class="muted">
                {' '}
                — <a href={href.actor(statement.speaker.id)}>{statement.speaker.name}</a>
                {statement.speakerRole ? `, ${statement.speakerRole}` : ''}
              </span>
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}
