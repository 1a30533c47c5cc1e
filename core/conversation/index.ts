/**
 * The conversation core: one internal message model for every channel, the
 * dialog (data in flows/, interpreted here), the conversation state machine,
 * persistence, and the inbound/outbound queues. Public API of core/conversation.
 */
export { CHANNELS, MAX_CHOICES, classifyInput, limitChoices, textWithLinks, type Channel, type Choice, type InboundMessage, type InputKind, type MessageAuthor, type OutboundMessage } from './messages.ts';
export type { ChannelSender, ConversationEvents, DeliveryResult, InboundHandler, MissingTranslations } from './ports.ts';
export { CONVERSATION_EVENTS, CONVERSATION_STATES, botMaySpeak, canTransition, transition, type ConversationState, type ConversationTrigger, type HandoffReason } from './state-machine.ts';
export { contactKeys, type ContactKeys } from './contact-identity.ts';
export { DeliveryProducer, DeliveryWorker, RetryableDeliveryError, UNCONFIRMED_SEND_ERROR, retryAfterMs, type DeliveryItem, type DeliveryJob, type DeliveryStatusStore, type DeliveryWorkerOptions } from './delivery.ts';
export { applyTransition, messageDeliveryStore, recordOutbound } from './conversation-repository.ts';
export { PartProgress, sendPartsOnce } from './part-progress.ts';
export { StrandedTurns, type StrandedMessage, type StrandedTurnsOptions } from './stranded-turns.ts';
export { decryptChannelUserId } from './contact-identity.ts';
export { runTurn, type DialogAction, type DialogContext, type DialogDefinition, type FlowMemory, type Reply, type TurnResult } from './dialog.ts';
export type { FixedTexts } from './dialog-texts.ts';
export { ConversationService, InboundWorker, type ConversationServiceOptions, type ProcessingJob } from './conversation-service.ts';
export { PatientInbound, type PatientInboundOptions } from './patient-inbound.ts';
export { ContactErasure, type ContactErasureOptions, type TranslationCacheEraser } from './erasure.ts';
export { formatMonths, myDataReport, privacyFacts, privacyNotice, type ContactDataSummary, type PrivacyFacts } from './contact-data.ts';
export { contactDataSummary } from './conversation-repository.ts';
