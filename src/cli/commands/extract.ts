import { parseArgs } from 'node:util';
import { readArticleWithMeta } from '../../ingestion/article-file.ts';
import { extractArticle } from '../../extraction/extract-article.ts';
import { toGoldFormat } from '../../extraction/to-gold-format.ts';
import type { Analysis } from '../../extraction/types.ts';

const USAGE =
  'usage: extract [--json] [--meta META.json] FILE\n  FILE: plain text (headline, blank line, paragraphs) or JSON {headline, body, publishedAt}';

function parseArguments(argv: string[]): { json: boolean; meta: string | undefined; file: string } | string {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, meta: { type: 'string' } },
    });
    if (positionals.length !== 1) return 'give exactly one article file';
    return { json: values.json, meta: values.meta, file: positionals[0]! };
  } catch (error) {
    return (error as Error).message;
  }
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
    const analysis = extractArticle(await readArticleWithMeta(options.file, options.meta ?? null));
    process.stdout.write(
      options.json ? `${JSON.stringify(toGoldFormat(analysis), null, 2)}\n` : `${summary(analysis)}\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
