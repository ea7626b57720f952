import Ajv, { type ValidateFunction } from 'ajv';

/** The parts of the OpenAPI document (NestJS swagger, /api/docs-json) that describe answers. */
export interface OpenApiDoc {
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>
  >;
  components?: { schemas?: Record<string, unknown> };
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * OpenAPI 3.0 schema → JSON Schema as Ajv reads it: `nullable: true` becomes "or null" (also beside a `$ref` or an
 * `allOf`, where Ajv's own `nullable` support needs a `type`), and references point into the document registered as
 * `openapi`.
 */
function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: { [k: string]: Json } = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'nullable') continue;
    if (k === '$ref' && typeof v === 'string') out[k] = v.replace(/^#\//, 'openapi#/');
    else out[k] = toJsonSchema(v);
  }
  return node.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

/**
 * Checks real answers against what the OpenAPI document declares for them: a route's declared answer is a promise
 * the console's generated types rely on, so an answer that breaks it (a required field missing, a string where a
 * number was declared, an object where a list was) is a failure, not documentation drift.
 */
export class ResponseSchemas {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  private readonly compiled = new Map<string, ValidateFunction | null>();

  constructor(private readonly doc: OpenApiDoc) {
    this.ajv.addSchema({ $id: 'openapi', components: toJsonSchema((doc.components ?? {}) as Json) } as object);
  }

  /**
   * What is wrong with `body` as the answer `status` of `method` `path` (a Nest path, `:id` style), or null when it
   * matches — or when the route declares no JSON schema for that answer (files, HTML, the routes not typed yet).
   */
  check(method: string, path: string, status: number, body: unknown): string | null {
    const key = `${method.toLowerCase()} ${path.replace(/:(\w+)/g, '{$1}')} ${status}`;
    if (!this.compiled.has(key)) {
      const [m, p] = key.split(' ');
      const schema = this.doc.paths[p]?.[m]?.responses?.[String(status)]?.content?.['application/json']?.schema;
      this.compiled.set(key, schema ? this.ajv.compile(toJsonSchema(schema as Json) as object) : null);
    }
    const validate = this.compiled.get(key);
    if (!validate || validate(body)) return null;
    return (validate.errors ?? [])
      .slice(0, 4)
      .map((e) => `${e.instancePath || '(answer)'} ${e.message}`)
      .join('; ');
  }
}
