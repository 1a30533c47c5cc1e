/** The caps of {@link StreamLimits}. */
export interface StreamLimitOptions {
  perConversation: number;
  perAddress: number;
}

/**
 * Counts the open WebSocket streams of this process per conversation and
 * per client address. In memory on purpose: a count in Redis would outlive
 * a process that dies with its sockets open, and would be one more round
 * trip and one more key naming the conversation. With several processes
 * behind a balancer, a client can hold up to (processes × cap).
 */
export class StreamLimits {
  private readonly byConversation = new Map<string, number>();
  private readonly byAddress = new Map<string, number>();

  constructor(private readonly limits: StreamLimitOptions) {}

  /**
   * Takes a slot for a new stream: the function that gives it back (call it
   * once, when the socket closes), or undefined when a cap is reached.
   */
  acquire(conversationId: string, address: string): (() => void) | undefined {
    const conversation = this.byConversation.get(conversationId) ?? 0;
    const fromAddress = this.byAddress.get(address) ?? 0;
    if (conversation >= this.limits.perConversation || fromAddress >= this.limits.perAddress) return undefined;
    this.byConversation.set(conversationId, conversation + 1);
    this.byAddress.set(address, fromAddress + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      decrement(this.byConversation, conversationId);
      decrement(this.byAddress, address);
    };
  }

  /** Open streams of a conversation (tests, diagnostics). */
  openFor(conversationId: string): number {
    return this.byConversation.get(conversationId) ?? 0;
  }
}

function decrement(counts: Map<string, number>, key: string): void {
  const n = (counts.get(key) ?? 0) - 1;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}
