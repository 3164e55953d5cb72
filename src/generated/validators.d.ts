// Types of the validators scripts/compile-schemas.mjs generates from schema/*.schema.json.
import type { ValidateFunction } from 'ajv'

export declare const validateConfig: ValidateFunction
export declare const validateFrontmatter: ValidateFunction
