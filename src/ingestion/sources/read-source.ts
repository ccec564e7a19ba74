// Reads articles from files and directories of any supported format: plain text (with its
// `NAME.meta.json` beside it, if any), JSON, JSON Lines, HTML pages and RSS/Atom/RDF/JSON feeds. A
// directory stands for every file under it; an evaluation set (`articles/` beside `gold/`) for its
// articles.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceItem } from './source-item.ts';
import { feedArticles, type PageFetcher } from './feed.ts';
import { ArticleFileError, KNOWN_EXTENSIONS, sourceFormat } from './formats.ts';
import { parseHtmlArticle } from './html.ts';
import { jsonArticles, jsonLinesArticles } from './json.ts';
import { isSidecar, readSidecar, textFilesOf } from './meta-sidecar.ts';
import { parsePlainTextArticle } from './text.ts';

export interface ReadSourceOptions {
  /** How feed items without their full text are completed; null never fetches. Default: HTTP. */
  fetchPage?: PageFetcher | null;
  /** Feed items with a shorter body than this are read from their page. */
  minFeedContentChars?: number;
}

/**
 * The files the paths stand for, in a stable order: files as given, directories walked recursively
 * (hidden entries skipped), an evaluation set's `articles/` only, and no `NAME.meta.json` whose
 * article is there (it is read with its article). Throws ArticleFileError naming a path that does
 * not exist.
 */
export async function listSourceFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw new ArticleFileError(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    if (info.isDirectory()) files.push(...(await walk((await evaluationArticles(path)) ?? path)));
    else files.push(path);
  }
  const listed = new Set(files);
  const kept: string[] = [];
  for (const file of files) {
    if (isSidecar(file) && (await someExists(textFilesOf(file), listed))) continue;
    kept.push(file);
  }
  return kept;
}

/** `DIR/articles` when DIR is laid out as an evaluation set (`articles/` beside `gold/`). */
async function evaluationArticles(directory: string): Promise<string | null> {
  const isDirectory = (path: string) =>
    stat(path).then(
      (info) => info.isDirectory(),
      () => false,
    );
  const articles = join(directory, 'articles');
  return (await isDirectory(articles)) && (await isDirectory(join(directory, 'gold'))) ? articles : null;
}

async function someExists(files: string[], listed: ReadonlySet<string>): Promise<boolean> {
  for (const file of files) {
    if (
      listed.has(file) ||
      (await stat(file).then(
        (info) => info.isFile(),
        () => false,
      ))
    )
      return true;
  }
  return false;
}

async function walk(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text; throws ArticleFileError naming the file when it is binary or not UTF-8. */
function decodeText(file: string, bytes: Buffer): string {
  if (bytes.length === 0) throw new ArticleFileError(file, 'is empty');
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new ArticleFileError(file, `is a binary file, not text (a NUL byte at offset ${nul})`);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ArticleFileError(file, 'is not UTF-8 text (invalid byte sequences); convert it to UTF-8 first');
  }
}

/**
 * The articles in one file. Throws ArticleFileError when the whole file cannot be read (missing,
 * unknown format, malformed JSON or feed); an item that alone is bad comes back with its error.
 */
export async function readSourceFile(file: string, options: ReadSourceOptions = {}): Promise<SourceItem[]> {
  if (isSidecar(file)) {
    throw new ArticleFileError(file, `is the metadata of ${textFilesOf(file)[0]}, which is not there`);
  }
  const format = sourceFormat(file);
  if (!format) {
    throw new ArticleFileError(
      file,
      `has an unknown format; expected one of ${KNOWN_EXTENSIONS.join(', ')} (text, JSON, JSON Lines, HTML, RSS/Atom)`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new ArticleFileError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const text = decodeText(file, bytes);
  switch (format) {
    case 'text': {
      const meta = await readSidecar(file);
      if (meta && 'problem' in meta) return [{ label: file, error: meta.problem }];
      return [{ label: file, input: { ...parsePlainTextArticle(text), ...meta } }];
    }
    case 'json':
      return jsonArticles(file, text);
    case 'jsonl':
      return jsonLinesArticles(file, text);
    case 'html':
      return [{ label: file, input: parseHtmlArticle(text) }];
    case 'feed': {
      let items: Awaited<ReturnType<typeof feedArticles>>;
      try {
        items = await feedArticles(text, {
          fetchPage: options.fetchPage,
          minContentChars: options.minFeedContentChars,
        });
      } catch (error) {
        throw new ArticleFileError(file, `is not a feed that can be read (${(error as Error).message})`);
      }
      return items.map((item, index) => ({ ...item, label: `${file}#${index + 1}` }));
    }
  }
}
