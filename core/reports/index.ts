/**
 * Municipal reporting and the content-gap loop: what the question log and
 * closed handoffs say, protected so nobody can be identified (disclosure.ts:
 * counts below k shown as "<k", secondary suppression, whole months,
 * counts rounded down to a multiple of k), the half-yearly PDF report, the
 * content gaps editors act on, and synthetic data for trying it.
 * Other modules use this index only.
 */
export * from './disclosure.ts';
export * from './reports-service.ts';
export * from './gaps/index.ts';
export * from './pdf/index.ts';
export * from './seed/index.ts';
