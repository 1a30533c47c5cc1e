import { isAppError } from '../../core/platform/errors.ts';

/**
 * The shared shape of the admin command-line tools: exit 0 on success, 1 with
 * `CODE: message` on stderr when the command fails (plus the error's
 * `hint` param when it has one), 2 with the usage text
 * when it was called wrongly.
 */

/** Thrown by a command whose arguments are wrong; printed with the usage text, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Runs `command` and exits the process with the code the contract above gives. */
export function runCommand(usage: string, command: () => Promise<void>): void {
  command().then(
    () => process.exit(0),
    (err: unknown) => {
      if (err instanceof UsageError) {
        process.stderr.write(`${err.message}\n${usage}\n`);
        process.exit(2);
      }
      const line = isAppError(err)
        ? `${err.code}: ${err.message}${typeof err.params.hint === 'string' ? ` (${err.params.hint})` : ''}`
        : `INTERNAL: ${(err as Error)?.message ?? String(err)}`;
      process.stderr.write(`${line}\n`);
      process.exit(1);
    },
  );
}
