import { describe, expect, it } from 'vitest';
import { AppError, httpErrorAnswer } from './errors.ts';

describe('httpErrorAnswer', () => {
  it('answers an AppError with its catalogue status, code and message', () => {
    expect(httpErrorAnswer(new AppError('NOT_FOUND', { what: 'Conversation' }))).toEqual({
      status: 404, body: { code: 'NOT_FOUND', message: 'Conversation not found' }, unexpected: false,
    });
    expect(httpErrorAnswer(new AppError('BOT_SERVICE_UNAVAILABLE'))).toEqual({
      status: 503, body: { code: 'BOT_SERVICE_UNAVAILABLE', message: 'Cannot accept Bot Service activities right now' }, unexpected: false,
    });
  });

  it('answers a schema validation failure 400 VALIDATION_FAILED, other client errors with their status and code', () => {
    const validation = Object.assign(new Error('body/text must NOT have more than 4000 characters'), { validation: [{}], statusCode: 400, code: 'FST_ERR_VALIDATION' });
    expect(httpErrorAnswer(validation)).toEqual({
      status: 400, body: { code: 'VALIDATION_FAILED', message: 'body/text must NOT have more than 4000 characters' }, unexpected: false,
    });
    const tooLarge = Object.assign(new Error('Request body is too large'), { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    expect(httpErrorAnswer(tooLarge)).toEqual({ status: 413, body: { code: 'BODY_TOO_LARGE', message: 'Request body is too large' }, unexpected: false });
    const malformed = Object.assign(new SyntaxError('Unexpected end of JSON input'), { statusCode: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY' });
    expect(httpErrorAnswer(malformed)).toEqual({ status: 400, body: { code: 'BODY_MALFORMED', message: 'Request body is not valid JSON' }, unexpected: false });
    const mediaType = Object.assign(new Error('Unsupported Media Type: text/plain'), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' });
    expect(httpErrorAnswer(mediaType).body.code).toBe('MEDIA_TYPE_UNSUPPORTED');
    expect(httpErrorAnswer(Object.assign(new Error('bad'), { statusCode: 400 })).body).toEqual({ code: 'BAD_REQUEST', message: 'bad' });
    expect(httpErrorAnswer(new AppError('INPUT_INVALID_TEXT', { field: 'email' }))).toMatchObject({ status: 400, body: { code: 'INPUT_INVALID_TEXT' } });
  });

  it('answers anything else 500 INTERNAL without its details', () => {
    const internal = { status: 500, body: { code: 'INTERNAL', message: 'Internal error' }, unexpected: true };
    expect(httpErrorAnswer(new Error('password=secret in connection string'))).toEqual(internal);
    expect(httpErrorAnswer(Object.assign(new Error('upstream'), { statusCode: 502 }))).toEqual(internal);
    expect(httpErrorAnswer('a string')).toEqual(internal);
    expect(httpErrorAnswer(undefined)).toEqual(internal);
  });
});
