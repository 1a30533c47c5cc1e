import type { DbClient } from '../platform/db.ts';
import type { TurnResult } from './dialog.ts';
import type { FlowMemory } from './flow-memory.ts';
import type { ContentGapRecorder } from './ports.ts';
import type { TurnContext } from './turn-repository.ts';

/**
 * What a turn remembers of the question it logged, and what it hands to the
 * content-gap store (ContentGapRecorder): an unanswered question at once; an
 * answered one's text waits in the flow (the conversation's memory, deleted
 * with it) until the person says whether it helped, and goes to the store
 * only when they say it did not.
 */

/** Longest question text kept in the flow for the content-gap store. */
const MAX_REMEMBERED_QUESTION = 2000;

/**
 * The flow with the question the turn logged remembered: an answered one (with the text asked, or the
 * question a "did you mean" offered the chosen tile for) as `feedbackFor` and `feedbackQuestion` until
 * the feedback comes; a "did you mean" as `clarifiedQuestion`. `asked` is the person's text (undefined for a button).
 */
export function rememberQuestion(
  flow: FlowMemory,
  question: (NonNullable<TurnResult['question']> & { id: string }) | undefined,
  asked: string | undefined,
): FlowMemory {
  const next: FlowMemory = { ...flow };
  if (!question) return next;
  const typed = asked?.trim() ? asked.slice(0, MAX_REMEMBERED_QUESTION) : undefined;
  if (question.outcome === 'answered') {
    const text = typed ?? flow.clarifiedQuestion;
    next.feedbackFor = question.id;
    if (text) {
      next.feedbackQuestion = {
        text, ...(question.tileKey ? { tileKey: question.tileKey } : {}), ...(question.tileOwnerSlug ? { tileOwnerSlug: question.tileOwnerSlug } : {}),
      };
    } else {
      delete next.feedbackQuestion;
    }
  }
  if (question.outcome === 'clarify' && typed) next.clarifiedQuestion = typed;
  else delete next.clarifiedQuestion;
  return next;
}

/**
 * Hands the turn's content gaps to the store, after the turn is saved and its replies queued: the
 * unanswered question `unanswered`, and the question of an answer now marked "not helpful" (as kept in
 * the flow `before` this turn). Never fails the turn; a crash just before loses the gap, never repeats it.
 */
export async function recordGaps(
  gaps: ContentGapRecorder,
  db: DbClient,
  t: { context: Pick<TurnContext, 'organizationId' | 'contactId'>; turn: Pick<TurnResult, 'language' | 'feedback'>; before: FlowMemory; unanswered?: string },
): Promise<void> {
  const base = { organizationId: t.context.organizationId, contactId: t.context.contactId, language: t.turn.language };
  const asked = t.before.feedbackQuestion;
  const feedback = t.turn.feedback;
  try {
    if (t.unanswered?.trim()) await gaps.record({ ...base, kind: 'unanswered', text: t.unanswered });
    if (feedback && !feedback.helpful && asked && t.before.feedbackFor === feedback.questionLogId) {
      const owner = asked.tileOwnerSlug ? await db.organization.findUnique({ where: { slug: asked.tileOwnerSlug }, select: { id: true } }) : null;
      await gaps.record({ ...base, kind: 'not_helpful', text: asked.text, ...(asked.tileKey ? { tileKey: asked.tileKey } : {}), ...(owner ? { tileOwnerId: owner.id } : {}) });
    }
  } catch {
    // The store promises not to throw; a lookup that fails loses one gap, never the conversation.
  }
}
