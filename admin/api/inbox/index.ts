/**
 * The outreach workers' inbox over HTTP: `/api/inbox/*` (list, transcript,
 * claim, assign, release, preview, reply, note, hand back, close, canned
 * replies, colleagues) and the live event stream `/api/inbox/events` (SSE).
 */
export { inboxRoutes, type InboxRoutesOptions } from './inbox-routes.ts';
export { CLOSE_OUTCOMES, MAX_REPLY_LENGTH, type CloseOutcome } from './inbox-schemas.ts';
export { INBOX_SSE_EVENT } from './inbox-stream.ts';
export { listColleagues, loadColleague, type Colleague } from './colleagues.ts';
