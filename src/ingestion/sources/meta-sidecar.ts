// A plain-text article can carry its metadata in a file beside it: `NAME.meta.json` next to
// `NAME.txt`, as the evaluation sets are laid out. The sidecar's `headline`, `url`, `source` and
// `publishedAt` win over what the text gives; other keys are ignored.
import { readFile } from 'node:fs/promises';
import type { ArticleInput } from '../article-input.ts';

export const SIDECAR_SUFFIX = '.meta.json';
/** Extensions of the text files a sidecar may describe. */
const TEXT_EXTENSIONS = ['.txt', '.text'];
const FIELDS = ['headline', 'url', 'source', 'publishedAt'] as const;

export function isSidecar(file: string): boolean {
  return file.toLowerCase().endsWith(SIDECAR_SUFFIX);
}

/** The text files a sidecar could belong to (NAME.txt, NAME.text). */
export function textFilesOf(sidecar: string): string[] {
  const stem = sidecar.slice(0, -SIDECAR_SUFFIX.length);
  return TEXT_EXTENSIONS.map((extension) => `${stem}${extension}`);
}

export function sidecarOf(textFile: string): string | null {
  const extension = TEXT_EXTENSIONS.find((candidate) => textFile.toLowerCase().endsWith(candidate));
  return extension ? `${textFile.slice(0, -extension.length)}${SIDECAR_SUFFIX}` : null;
}

export type SidecarFields = Pick<ArticleInput, (typeof FIELDS)[number]>;

/**
 * The metadata beside a text file: its fields, null when there is no sidecar, or the reason it
 * cannot be used (not JSON, not an object, a field that is not text).
 */
export async function readSidecar(textFile: string): Promise<Partial<SidecarFields> | null | { problem: string }> {
  const sidecar = sidecarOf(textFile);
  if (!sidecar) return null;
  let text: string;
  try {
    text = await readFile(sidecar, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return { problem: `${sidecar} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { problem: `${sidecar} is not valid JSON (${(error as Error).message})` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { problem: `${sidecar} must hold an object with headline, url, source or publishedAt` };
  }
  const fields: Partial<SidecarFields> = {};
  for (const name of FIELDS) {
    const value = (parsed as Record<string, unknown>)[name];
    if (value === undefined) continue;
    if (value !== null && typeof value !== 'string') return { problem: `${sidecar}: "${name}" must be text or null` };
    if (name === 'headline') {
      if (value) fields.headline = value;
    } else fields[name] = value;
  }
  return fields;
}
