// Articles as a list of links: headline, publication and date.
import { href } from '../routing.ts';
import { formatDate } from './dates.ts';

export interface ListedArticle {
  id: string;
  headline: string;
  source?: string | null;
  publishedAt?: string | null;
}

export function ArticleList({ articles }: { articles: ListedArticle[] }) {
  return (
    <ul class="articles">
      {articles.map((article) => (
        <li key={article.id}>
          <a href={href.article(article.id)}>{article.headline}</a>
          <span class="muted">
            {' '}
            · {article.source ?? 'unknown source'} · {formatDate(article.publishedAt)}
          </span>
        </li>
      ))}
    </ul>
  );
}
