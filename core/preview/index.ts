/**
 * The studio's preview and "try it": a tile as WhatsApp, Telegram and web
 * chat will show it, with its layers merged, and a question answered as a
 * person entering through an entry point would be answered, without storing
 * anything. Public API of core/preview.
 */
export { channelPreviews, type ChannelPreviews, type TelegramPreviewMessage } from './channel-preview.ts';
export { previewTile, type TilePreview, type TilePreviewInput } from './tile-preview.ts';
export { loadPreviewTile, type PreviewTile, type PreviewTileQuery, type PreviewVersion } from './preview-source.ts';
export { tryQuestion, type TriedTile, type TryItInput, type TryItResult } from './try-it.ts';
export { loadTryItSetting, type TryItSetting } from './try-it-source.ts';
