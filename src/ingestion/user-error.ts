// A problem with what the caller sent, reported in a payload rather than as a fault.
export interface UserError {
  /** Path to the input field at fault, e.g. ["input", "body"]. */
  field: string[];
  message: string;
  code: UserErrorCode;
}

export type UserErrorCode = 'REQUIRED' | 'TOO_LONG' | 'INVALID' | 'NOT_FOUND';
