// The schema follows its conventions: everything described, every list of nodes a Relay
// connection with capped pages, and every mutation answering with userErrors.
import {
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { getSchema } from '../../src/graphql/schema.ts';

const BUILT_IN = /^(__|Query$|Mutation$|String$|Int$|Float$|Boolean$|ID$)/;

describe('schema conventions', () => {
  it('describes every type, field and argument', async () => {
    const schema = await getSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (BUILT_IN.test(type.name) && type.name !== 'Query' && type.name !== 'Mutation') continue;
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('pages every list of nodes as a connection', async () => {
    const schema = await getSchema();
    const node = schema.getType('Node');
    const offenders: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name.endsWith('Connection')) continue;
      for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
        const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
        const named = getNamedType(field.type);
        const isNodeList =
          isListType(unwrapped) && isObjectType(named) && named.getInterfaces().some((i) => i === node);
        // Small, bounded lists that belong to their parent stay plain lists.
        const bounded = ['roles', 'topics', 'nodes', 'suggestions', 'topicSuggestions'].includes(field.name);
        if (isNodeList && !bounded) offenders.push(`${type.name}.${field.name}`);
        if (named.name.endsWith('Connection')) {
          expect(field.args.map((arg) => arg.name)).toEqual(
            expect.arrayContaining(['first', 'after', 'last', 'before']),
          );
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('answers every mutation with a payload holding userErrors', async () => {
    const schema = await getSchema();
    for (const mutation of Object.values(schema.getMutationType()!.getFields())) {
      const payload = getNamedType(mutation.type);
      expect(isObjectType(payload), mutation.name).toBe(true);
      if (isObjectType(payload)) expect(Object.keys(payload.getFields()), mutation.name).toContain('userErrors');
    }
  });
});
