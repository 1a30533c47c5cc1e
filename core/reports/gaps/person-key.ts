import { createHmac } from 'node:crypto';

/**
 * The key a content gap carries instead of the person: HMAC-SHA256 of the
 * contact id under a deployment secret (config CONTENT_GAP_SECRET). The
 * same person always gets the same key, so a group can count different
 * people (a group is shown once at least 3 asked); without the secret the
 * key cannot be linked back to a contact, and contact ids are never stored
 * beside it. Changing the secret only splits counts across the change.
 */
export function personKeyOf(contactId: string, secret: string): string {
  return createHmac('sha256', secret).update(`content-gap:${contactId}`).digest('base64url');
}
