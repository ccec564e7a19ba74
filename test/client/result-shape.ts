// Checks a result against the type codegen derives for its operation: walks the operation's
// selection set over the schema and reports every value that the generated TypeScript type would
// not allow (a missing or extra key, a null in a non-null field, a wrong scalar, an unknown enum value).
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  type DocumentNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

// Scalars as codegen.yml maps them (DateTime and ID to string).
const SCALARS: Record<string, (value: unknown) => boolean> = {
  String: (value) => typeof value === 'string',
  ID: (value) => typeof value === 'string',
  Int: (value) => Number.isInteger(value),
  Float: (value) => typeof value === 'number',
  Boolean: (value) => typeof value === 'boolean',
  DateTime: (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value)),
};

export function resultProblems(schema: GraphQLSchema, document: DocumentNode, data: unknown): string[] {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) return ['the document holds no operation'];
  const root = schema.getRootType(operation.operation);
  if (!root) return [`the schema has no ${operation.operation} type`];
  const problems: string[] = [];

  function checkSelection(selectionSet: SelectionSetNode, parentType: GraphQLOutputType, value: unknown, path: string) {
    const type = getNamedType(parentType);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`${path}: expected an object, got ${JSON.stringify(value)}`);
      return;
    }
    if (!('getFields' in type)) {
      problems.push(`${path}: ${type.name} has no fields`);
      return;
    }
    const fields = type.getFields();
    const expected = new Set<string>();
    for (const selection of selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) {
        problems.push(`${path}: fragments are not checked here`);
        continue;
      }
      const key = selection.alias?.value ?? selection.name.value;
      expected.add(key);
      if (selection.name.value === '__typename') {
        if ((value as Record<string, unknown>)[key] !== type.name) problems.push(`${path}.${key}: not ${type.name}`);
        continue;
      }
      const field = fields[selection.name.value];
      if (!field) {
        problems.push(`${path}.${key}: no such field on ${type.name}`);
        continue;
      }
      if (!(key in value)) {
        problems.push(`${path}.${key}: missing`);
        continue;
      }
      checkValue(field.type, selection.selectionSet, (value as Record<string, unknown>)[key], `${path}.${key}`);
    }
    for (const key of Object.keys(value)) if (!expected.has(key)) problems.push(`${path}.${key}: not selected`);
  }

  function checkValue(
    type: GraphQLOutputType,
    selectionSet: SelectionSetNode | undefined,
    value: unknown,
    path: string,
  ) {
    if (value === null) {
      if (isNonNullType(type)) problems.push(`${path}: null in a non-null field`);
      return;
    }
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (!Array.isArray(value)) problems.push(`${path}: expected a list`);
      else value.forEach((item, index) => checkValue(nullable.ofType, selectionSet, item, `${path}[${index}]`));
      return;
    }
    if (isScalarType(nullable)) {
      const check = SCALARS[nullable.name];
      if (!check) problems.push(`${path}: scalar ${nullable.name} has no mapping`);
      else if (!check(value)) problems.push(`${path}: ${JSON.stringify(value)} is not a ${nullable.name}`);
      return;
    }
    if (isEnumType(nullable)) {
      if (!nullable.getValues().some((enumValue) => enumValue.name === value)) {
        problems.push(`${path}: ${JSON.stringify(value)} is not a ${nullable.name}`);
      }
      return;
    }
    if (!selectionSet) {
      problems.push(`${path}: composite ${nullable.name} without a selection`);
      return;
    }
    checkSelection(selectionSet, nullable, value, path);
  }

  checkSelection(operation.selectionSet, root, data, operation.name?.value ?? operation.operation);
  return problems;
}
