/**
 * A secret that cannot leak through logs: printing, string interpolation,
 * JSON and util.inspect all show "[redacted]". Only `reveal()` gives the value,
 * so every place that needs the plaintext is greppable.
 */
const REDACTED = '[redacted]';

export class Secret {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The plaintext; call only where it is sent to Google or sealed. */
  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return REDACTED;
  }
}
