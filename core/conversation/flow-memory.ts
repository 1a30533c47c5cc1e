/** What the dialog remembers between messages (Conversation.flow). */
export interface FlowMemory {
  greeted?: boolean;
  /** QuestionLog row the last "Was this helpful?" refers to. */
  feedbackFor?: string;
  awaitingDeleteConfirmation?: boolean;
  unansweredInRow?: number;
  /** Turns saved so far: the conversation's version for optimistic concurrency (set by the service; the dialog ignores it). */
  turn?: number;
  /** Theme of the last question logged (set by the service), shown in the inbox. */
  lastTheme?: string;
  /** The person confirmed "delete my data" (set by the service): a re-run of the turn finishes the erasure. */
  deleteRequested?: boolean;
  /**
   * The entry code the conversation was opened with (set when the conversation is created; codes are
   * printed on posters, not personal), for the question log and the handoff record.
   */
  entryCode?: string;
  /**
   * The question `feedbackFor` answered, kept (set by the service) until the feedback arrives so a
   * "not helpful" can go to the content-gap store with its text; gone with `feedbackFor`, and with the conversation.
   */
  feedbackQuestion?: { text: string; tileKey?: string; tileOwnerSlug?: string };
  /** The question the last "Did you mean one of these?" offered tiles for (set by the service), for the tile then chosen. */
  clarifiedQuestion?: string;
}
