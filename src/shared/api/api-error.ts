export const apiErrorCodes = [
  /** The call's input broke the contract; nothing was changed. */
  'invalid_input',
  'not_found',
  /** The save was based on an older revision than the one stored. */
  'conflict',
  /** The request is well formed but refused by a rule, e.g. a slug already in use. */
  'rejected',
  /** The database is damaged, from a newer version, or could not be written. */
  'database',
  'internal',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

export type ApiErrorShape = {
  code: ApiErrorCode;
  /** A sentence a person can act on. */
  message: string;
  /** For invalid_input: which field, as a dotted path. */
  field?: string;
};

/** The error type every layer throws and the renderer catches. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly field: string | undefined;

  constructor(code: ApiErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
  }

  toShape(): ApiErrorShape {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

/** What crosses the process boundary: never a thrown error, whose fields would be lost. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };
