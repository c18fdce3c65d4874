// Reads the TSDoc of the record types, so that the JSON Schema's descriptions are the same text as the
// declarations' (written once, in src/model/). Used by scripts/build-json.mjs.
import ts from 'typescript';

/**
 * The text of a symbol's TSDoc comment, tags (such as `@example`) left out, `{@link X}` written as `X`, lines
 * joined; '' when it has none.
 * @param {ts.Symbol | undefined} symbol
 * @param {ts.TypeChecker} checker
 */
function docOf(symbol, checker) {
  if (!symbol) return '';
  return ts
    .displayPartsToString(symbol.getDocumentationComment(checker))
    .replace(/\{@link\s+([^}\s|]+)(?:\s*\|\s*([^}]+?))?\s*\}/g, (_, target, label) => label ?? target)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .join('\n\n')
    .trim();
}

/**
 * The record type each schema of `src/schema.ts` is published as (`export const StateSchema: Schema<State>`), by
 * schema name without `Schema` (`State`), with the checker to read it.
 * @param {string} schemaFile absolute path of src/schema.ts
 */
export function publishedTypes(schemaFile) {
  const program = ts.createProgram([schemaFile], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(schemaFile);
  if (!source) throw new Error(`cannot read ${schemaFile}`);
  /** @type {Map<string, { type: ts.Type, symbol: ts.Symbol | undefined }>} */
  const types = new Map();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const name = declaration.name.getText(source);
      let node = declaration.type;
      // `Schema<T>` or `NeedsZod<z.ZodType<T> & …>`: the record type is the first type argument of the innermost
      // reference whose name is not one of those wrappers.
      while (node && ts.isTypeReferenceNode(node) && node.typeArguments?.length) {
        const [first] = node.typeArguments;
        node = first && ts.isIntersectionTypeNode(first) ? first.types[0] : first;
        if (
          node &&
          ts.isTypeReferenceNode(node) &&
          /^(?:z\.ZodType|NeedsZod|Schema)$/.test(node.typeName.getText(source))
        )
          continue;
        break;
      }
      if (node && ts.isTypeReferenceNode(node) && name.endsWith('Schema')) {
        // The alias's own symbol too: a template literal alias (`IsoDate`) keeps none on its type.
        const imported = checker.getSymbolAtLocation(node.typeName);
        const symbol =
          imported && imported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(imported) : imported;
        types.set(name.slice(0, -'Schema'.length), { type: checker.getTypeFromTypeNode(node), symbol });
      }
    }
  }
  return { checker, types };
}

/**
 * The alias a type was written with, when the package declares it (`MilestoneKind`), not TypeScript's own
 * (`Readonly`, `Exclude`).
 * @param {ts.Type} type
 */
function ownAlias(type) {
  const alias = type.aliasSymbol;
  const file = alias?.declarations?.[0]?.getSourceFile().fileName ?? '';
  return file.includes('/src/model/') ? alias : undefined;
}

/**
 * Writes into a JSON Schema node the TSDoc of `type` and of each of its fields, recursing into inline objects and
 * arrays (never into a `$ref`, whose definition gets its own). Returns the fields found without TSDoc.
 * @param {Record<string, any>} node
 * @param {ts.Type} type
 * @param {ts.TypeChecker} checker
 * @param {string} path where `node` is, for the list of fields without TSDoc
 * @param {ts.Symbol | undefined} [symbol] the declaration whose TSDoc describes `node` itself
 * @returns {string[]}
 */
export function describe(node, type, checker, path, symbol = type.aliasSymbol ?? type.getSymbol()) {
  /** @type {string[]} */
  const missing = [];
  const own = docOf(symbol, checker);
  if (own && !node.description && !node.$ref) node.description = own;
  const value = checker.getNonNullableType(type);
  if (node.properties) {
    for (const [key, child] of Object.entries(node.properties)) {
      const property = checker.getPropertyOfType(value, key);
      // A field without TSDoc of its own whose type is a documented alias (`kind: MilestoneKind`) takes the alias's.
      const text =
        docOf(property, checker) ||
        (property ? docOf(ownAlias(checker.getNonNullableType(checker.getTypeOfSymbol(property))), checker) : '');
      if (!property) missing.push(`${path}.${key} (no such field in the type)`);
      else if (!text) missing.push(`${path}.${key}`);
      else child.description = text;
      if (property && !child.$ref) {
        const childType = checker.getNonNullableType(checker.getTypeOfSymbol(property));
        missing.push(...describeInner(child, childType, checker, `${path}.${key}`));
      }
    }
  }
  missing.push(...describeInner(node, value, checker, path, false));
  return missing;
}

/** Recurses into an array's items or a record's values, and into a field's inline object. */
function describeInner(node, type, checker, path, self = true) {
  /** @type {string[]} */
  const missing = [];
  if (self && node.properties) return describe(node, type, checker, path);
  if (node.items && !node.items.$ref) {
    const element = type.getNumberIndexType();
    if (element) missing.push(...describe(node.items, element, checker, `${path}[]`));
  }
  if (node.additionalProperties && typeof node.additionalProperties === 'object' && !node.additionalProperties.$ref) {
    const entry = type.getStringIndexType() ?? type.getProperties().map((p) => checker.getTypeOfSymbol(p))[0];
    if (entry) missing.push(...describe(node.additionalProperties, entry, checker, `${path}{}`));
  }
  return missing;
}
