// The cache set-up the README gives frontends stays true to the schema: every type without an id is
// declared a value type, every connection is paginated with the arguments that pick its list, and
// every client operation selects `id` on each Node, so normalised caches can key what they get.
import { readdir, readFile } from 'node:fs/promises';
import {
  buildSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONNECTION_FIELDS, VALUE_TYPES } from '../../src/client/caches/cache-policies.ts';
import { SCHEMA_FILE } from '../../src/cli/commands/print-schema.ts';

const PAGING_ARGS = new Set(['first', 'after', 'last', 'before']);
const OPERATIONS = new URL('../../src/client/operations/', import.meta.url);

describe('the client cache policies', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = buildSchema(await readFile(SCHEMA_FILE, 'utf8'));
  });

  const objectTypes = (): GraphQLObjectType[] =>
    Object.values(schema.getTypeMap()).filter(
      (type): type is GraphQLObjectType =>
        isObjectType(type) && !type.name.startsWith('__') && !['Query', 'Mutation'].includes(type.name),
    );

  it('declares exactly the types without an id as value types', () => {
    const withoutId = objectTypes()
      .filter((type) => !('id' in type.getFields()))
      .map((type) => type.name)
      .sort();
    expect([...VALUE_TYPES].sort()).toEqual(withoutId);
  });

  it('paginates every connection, keyed by the arguments that pick its list', () => {
    const connections: Record<string, Record<string, string[]>> = {};
    for (const type of [schema.getQueryType()!, ...objectTypes()]) {
      for (const field of Object.values(type.getFields())) {
        if (!getNamedType(field.type).name.endsWith('Connection')) continue;
        connections[type.name] ??= {};
        connections[type.name]![field.name] = field.args.map((arg) => arg.name).filter((n) => !PAGING_ARGS.has(n));
      }
    }
    const sorted = (table: Record<string, Record<string, readonly string[]>>) =>
      Object.fromEntries(
        Object.entries(table).map(([type, fields]) => [
          type,
          Object.fromEntries(Object.entries(fields).map(([field, args]) => [field, [...args].sort()])),
        ]),
      );
    expect(sorted(CONNECTION_FIELDS)).toEqual(sorted(connections));
  });

  it('has every client operation select id on each Node', async () => {
    const node = schema.getType('Node');
    expect(isInterfaceType(node)).toBe(true);
    const missing: string[] = [];
    for (const file of (await readdir(OPERATIONS)).filter((name) => name.endsWith('.graphql'))) {
      const document = parse(await readFile(new URL(file, OPERATIONS), 'utf8'));
      const typeInfo = new TypeInfo(schema);
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          Field(field) {
            const type = getNamedType(typeInfo.getType());
            if (!field.selectionSet || !type) return;
            const isNode = type === node || (isObjectType(type) && type.getInterfaces().includes(node as never));
            const selectsId = field.selectionSet.selections.some(
              (selection) => selection.kind === 'Field' && selection.name.value === 'id',
            );
            if (isNode && !selectsId) missing.push(`${file}: ${field.name.value} (${type.name})`);
          },
        }),
      );
    }
    expect(missing).toEqual([]);
  });
});
