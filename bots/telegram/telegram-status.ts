/**
 * The Telegram channel's health, for the log and a channel-status endpoint:
 * off (and why), starting, connected (how, as which bot), or failing with
 * the last error (token removed). Per-person failures (a user who blocked
 * the bot) are not channel health and are not recorded here.
 */

/** How updates arrive. */
export type TelegramMode = 'webhook' | 'polling';

export type TelegramStatus =
  | { state: 'disabled'; reason: string }
  | { state: 'starting'; mode: TelegramMode }
  | { state: 'connected'; mode: TelegramMode; bot: string; since: Date; lastError?: { message: string; at: Date } }
  | { state: 'failing'; mode: TelegramMode; error: string; since: Date };

/** Records what the adapter saw: `connected` after getMe and the transport setup, `failing` after an error that stops the channel. */
export class TelegramHealth {
  private current: TelegramStatus;

  constructor(private readonly mode: TelegramMode) {
    this.current = { state: 'starting', mode };
  }

  /** The bot is reachable as `@bot` and receives updates. */
  connected(bot: string): void {
    this.current = { state: 'connected', mode: this.mode, bot, since: new Date() };
  }

  /** The channel does not work: bad token, webhook refused, polling stopped, Telegram unreachable at start. */
  failing(error: string): void {
    if (this.current.state === 'failing' && this.current.error === error) return;
    this.current = { state: 'failing', mode: this.mode, error, since: new Date() };
  }

  /** An error that did not stop the channel (a send that will be retried): kept as `lastError`. */
  noticed(message: string): void {
    if (this.current.state === 'connected') this.current = { ...this.current, lastError: { message, at: new Date() } };
  }

  status(): TelegramStatus {
    return this.current;
  }
}

/**
 * The status to report: the running channel's, or `disabled` with the
 * reason (usually "TELEGRAM_BOT_TOKEN is not set") when there is none.
 */
export function telegramStatus(channel: { status(): TelegramStatus } | undefined, disabledReason = 'TELEGRAM_BOT_TOKEN is not set'): TelegramStatus {
  return channel ? channel.status() : { state: 'disabled', reason: disabledReason };
}
