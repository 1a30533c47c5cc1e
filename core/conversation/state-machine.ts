import { AppError } from '../platform/errors.ts';

/**
 * The conversation status as an explicit state machine:
 *
 *   bot ──handoff_requested──▶ waiting ──claimed──▶ agent
 *    ▲                          │  ▲                  │
 *    └────────handed_back───────┘  └────released──────┤  (timeout or worker)
 *    ▲                                                │
 *    └────────────────────handed_back─────────────────┘
 *   any open state ──closed──▶ closed ──reopened──▶ bot
 *
 * Every accepted transition becomes a timeline entry and an event (see
 * CONVERSATION_EVENTS); a transition the table does not allow is an error,
 * never a silent no-op.
 */
export const CONVERSATION_STATES = ['bot', 'waiting', 'agent', 'closed'] as const;
export type ConversationState = (typeof CONVERSATION_STATES)[number];

/** Why the bot hands a conversation to people (`urgent`: the message described a danger to life or safety, core/safety). */
export type HandoffReason = 'asked' | 'unanswered_twice' | 'sensitive' | 'menu' | 'urgent';

export type ConversationTrigger =
  | { type: 'handoff_requested'; reason: HandoffReason }
  | { type: 'claimed'; workerId: string }
  | { type: 'released'; reason: 'timeout' | 'worker' }
  | { type: 'handed_back'; workerId?: string }
  | { type: 'closed'; outcome: string; workerId?: string }
  | { type: 'reopened' };

export type TriggerType = ConversationTrigger['type'];

/** Event names emitted after a transition (past tense, stable: other processes subscribe to them). */
export const CONVERSATION_EVENTS: Record<TriggerType, string> = {
  handoff_requested: 'conversation.handed_off',
  claimed: 'conversation.claimed',
  released: 'conversation.released',
  handed_back: 'conversation.handed_back',
  closed: 'conversation.closed',
  reopened: 'conversation.reopened',
};

const TRANSITIONS: Record<ConversationState, Partial<Record<TriggerType, ConversationState>>> = {
  bot: { handoff_requested: 'waiting', closed: 'closed' },
  waiting: { claimed: 'agent', handed_back: 'bot', closed: 'closed' },
  agent: { released: 'waiting', handed_back: 'bot', closed: 'closed' },
  closed: { reopened: 'bot' },
};

export interface Transition {
  from: ConversationState;
  to: ConversationState;
  trigger: ConversationTrigger;
  /** The event name to emit, e.g. `conversation.claimed`. */
  event: string;
}

/** The state after `trigger`; throws INVALID_TRANSITION when the table does not allow it. */
export function transition(from: ConversationState, trigger: ConversationTrigger): Transition {
  const to = TRANSITIONS[from][trigger.type];
  if (!to) throw new AppError('INVALID_TRANSITION', { from, trigger: trigger.type });
  return { from, to, trigger, event: CONVERSATION_EVENTS[trigger.type] };
}

/** True when `trigger` is allowed in `state` (for UIs that grey out buttons). */
export function canTransition(from: ConversationState, trigger: TriggerType): boolean {
  return TRANSITIONS[from][trigger] !== undefined;
}

/** The bot answers only in `bot`; in `waiting` it only acknowledges, in `agent` it stays silent. */
export function botMaySpeak(state: ConversationState): boolean {
  return state === 'bot' || state === 'closed';
}

/** The columns a transition sets besides `state`; `undefined` leaves a column as it is. */
export interface TransitionColumns {
  state: ConversationState;
  waitingSince?: Date | null;
  assignedWorkerId?: string | null;
  claimedAt?: Date;
  closedAt?: Date;
  outcome?: string;
  /** Cleared (null) when people are done with the conversation: back to the bot, or closed. */
  urgent?: null;
  urgentAt?: null;
}

/**
 * What a transition changes on the conversation row: entering `waiting`
 * starts the waiting clock and frees the assignee; a claim assigns the
 * worker; back to `bot` clears both; closing records when and how. Back to
 * `bot` and closing also clear the urgent mark: people have dealt with it,
 * and the next urgent message marks the conversation again.
 */
export function transitionColumns(t: Transition, now: Date): TransitionColumns {
  const { trigger } = t;
  return {
    state: t.to,
    ...(t.to === 'waiting' ? { waitingSince: now, assignedWorkerId: null } : {}),
    ...(trigger.type === 'claimed' ? { assignedWorkerId: trigger.workerId, claimedAt: now } : {}),
    ...(t.to === 'bot' ? { assignedWorkerId: null, waitingSince: null } : {}),
    ...(trigger.type === 'closed' ? { closedAt: now, outcome: trigger.outcome } : {}),
    ...(t.to === 'bot' || t.to === 'closed' ? { urgent: null, urgentAt: null } : {}),
  };
}
