import type { UserError } from '../../ingestion/user-error.ts';
import { fromGlobalId, type NodeType } from './global-id.ts';

/**
 * Decodes the global IDs of a mutation's input; an ID of the wrong type or not ours becomes a
 * user error on that field, so the mutation answers in its payload instead of failing.
 */
export function decodeInputIds<K extends string>(
  ids: Record<K, { value: string; type: NodeType }>,
): { ids: Record<K, number>; userErrors: UserError[] } {
  const decoded = {} as Record<K, number>;
  const userErrors: UserError[] = [];
  for (const [field, { value, type }] of Object.entries(ids) as [K, { value: string; type: NodeType }][]) {
    const id = fromGlobalId(value, type);
    if (id === null)
      userErrors.push({ field: ['input', field], message: `"${value}" is not the ID of a ${type}`, code: 'INVALID' });
    else decoded[field] = id;
  }
  return { ids: decoded, userErrors };
}
