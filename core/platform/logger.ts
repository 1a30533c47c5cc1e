import { pino, type Logger } from 'pino';
import { config } from './config.ts';

/**
 * Paths pino replaces with "[redacted]": secrets, phone numbers, chat user ids
 * and message text never reach the log.
 */
export const REDACT_PATHS = [
  'token', '*.token', 'authorization', '*.authorization', 'req.headers.authorization', 'req.headers.cookie',
  'password', '*.password', 'authKey', '*.authKey',
  'phone', '*.phone', 'channelUserId', '*.channelUserId',
  'text', '*.text', 'body.text', 'question', '*.question',
];

let root: Logger | undefined;

/** The root logger; modules take `logger().child({ module: 'answers' })`. */
export function logger(): Logger {
  root ??= pino({
    level: config().LOG_LEVEL,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    base: { service: 'migrant-info-bot' },
  });
  return root;
}
