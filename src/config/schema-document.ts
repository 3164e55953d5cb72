/**
 * The configuration file's JSON Schema as a document (its `$id`, definitions and defaults), for `init` and the
 * tests. Apart from schema.ts so that validating a configuration does not load the 37 KB document: the validators
 * are precompiled.
 */
import schema from '../../schema/spec-to-production.schema.json' with { type: 'json' }

export { schema as configSchema }
