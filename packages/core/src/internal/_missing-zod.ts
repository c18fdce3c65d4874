/**
 * What `@csto/core/schema` says, at run time and in its types, when `zod/v4` does not resolve: zod is missing or
 * older than 3.25. The peer range is `^3.25.50 || ^4.0.0`: zod 3.25 releases before 3.25.29 reject some of the
 * data's source URLs, and before 3.25.50 their `ZodType` lacks the third type parameter the declarations use.
 * The Node build's zod loader (tsup.config.ts) throws it; `NeedsZod` in `../schema.ts` makes it the type of every
 * schema where zod is missing.
 *
 * @example
 * throw new Error(MISSING_ZOD);
 */
export const MISSING_ZOD = '@csto/core/schema needs zod 3.25.50+ or 4: npm install zod';
