import { readFile } from 'node:fs/promises';
import { extractArticle } from '../../extraction/extract-article.ts';
import { toGoldFormat } from '../../extraction/to-gold-format.ts';
import type { Analysis, ArticleText } from '../../extraction/types.ts';

const USAGE =
  'usage: extract [--json] [--meta META.json] FILE\n  FILE: plain text (headline, blank line, paragraphs) or JSON {headline, body, publishedAt}';

interface ExtractOptions {
  json: boolean;
  meta: string | null;
  file: string;
}

function parseArguments(argv: string[]): ExtractOptions | string {
  let json = false;
  let meta: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--meta') {
      const value = argv[++i];
      if (!value) return '--meta needs a file';
      meta = value;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length !== 1) return 'give exactly one article file';
  return { json, meta, file: files[0] as string };
}

/** "Headline\n\nParagraph\nParagraph" → headline and body; a JSON file carries the fields itself. */
function parseArticle(content: string, fileName: string): ArticleText {
  if (fileName.endsWith('.json')) {
    const parsed = JSON.parse(content) as Partial<ArticleText>;
    if (typeof parsed.body !== 'string') throw new Error(`${fileName}: a JSON article needs a "body" string`);
    return { headline: parsed.headline ?? '', body: parsed.body, publishedAt: parsed.publishedAt ?? null };
  }
  const text = content.replace(/\r\n/g, '\n');
  const blank = text.indexOf('\n\n');
  if (blank < 0) return { headline: '', body: text, publishedAt: null };
  return { headline: text.slice(0, blank).trim(), body: text.slice(blank + 2), publishedAt: null };
}

function summary(analysis: Analysis): string {
  const nameOf = new Map(analysis.actors.map((a) => [a.ref, a.name]));
  const lines = [
    `${analysis.actors.length} actors, ${analysis.statements.length} statements, ${analysis.events.length} events (extractor ${analysis.extractorVersion})`,
    `topics: ${analysis.topics.map((t) => `${t.slug} (${t.weight})`).join(', ') || '-'}`,
    '',
    ...analysis.statements.map((s) => {
      const role = s.speakerRole ? `, ${s.speakerRole}` : '';
      const text = s.text.length > 100 ? `${s.text.slice(0, 97)}...` : s.text;
      return `${nameOf.get(s.speakerRef)}${role} [${s.kind.toLowerCase()}, ${s.cue ?? '-'}]: ${text}`;
    }),
  ];
  return lines.join('\n');
}

/** `extract [--json] [--meta META.json] FILE`: prints the analysis in the gold files' shape, or a summary. */
export async function runExtractCommand(argv: string[]): Promise<number> {
  const options = parseArguments(argv);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n${USAGE}\n`);
    return 2;
  }
  try {
    const article = parseArticle(await readFile(options.file, 'utf8'), options.file);
    if (options.meta) {
      const meta = JSON.parse(await readFile(options.meta, 'utf8')) as {
        publishedAt?: string | null;
        headline?: string;
      };
      article.publishedAt = meta.publishedAt ?? article.publishedAt ?? null;
      article.headline = meta.headline ?? article.headline;
    }
    const analysis = extractArticle(article);
    process.stdout.write(
      options.json ? `${JSON.stringify(toGoldFormat(analysis), null, 2)}\n` : `${summary(analysis)}\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
