import {
  createInbox,
  errors,
  type Msg,
  type MsgHdrs,
  type NatsConnection,
  type Subscription,
} from '@nats-io/transport-node';

interface PendingRequest {
  subject: string;
  resolve: (message: Msg) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** NATS answers a request nobody subscribes to with an empty 503 status message. */
const NO_RESPONDERS = 503;

/**
 * Request-reply over one wildcard reply subscription per process. nats.js's `request()` multiplexes
 * the same way, but also builds an Error (stack included) and a deferred per call, even when the
 * reply arrives in time; at thousands of requests per second that was a measurable share of the
 * gateway's CPU (see BENCHMARKS.md).
 */
export class ReplyInbox {
  private readonly prefix = createInbox();
  private readonly pending = new Map<string, PendingRequest>();
  private subscription?: Subscription;
  private sequence = 0;

  constructor(private readonly nats: NatsConnection) {}

  request(subject: string, payload: string, headers: MsgHdrs, timeoutMs: number): Promise<Msg> {
    this.subscription ??= this.nats.subscribe(`${this.prefix}.*`, {
      callback: (error, message) => this.settle(error, message),
    });
    const token = (this.sequence++).toString(36);
    return new Promise<Msg>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(token);
        reject(new errors.TimeoutError());
      }, timeoutMs);
      this.pending.set(token, { subject, resolve, reject, timer });
      try {
        this.nats.publish(subject, payload, { reply: `${this.prefix}.${token}`, headers });
      } catch (error) {
        clearTimeout(timer);
        this.pending.delete(token);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  /** Fails every request still waiting, e.g. at shutdown. */
  close(): void {
    this.failAll(new Error('the NATS reply inbox closed'));
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }

  private settle(error: Error | null, message: Msg): void {
    if (error) {
      this.failAll(error);
      return;
    }
    const token = message.subject.slice(this.prefix.length + 1);
    const request = this.pending.get(token);
    // A reply after its timeout finds nothing waiting and is dropped.
    if (!request) return;
    this.pending.delete(token);
    clearTimeout(request.timer);
    if (message.data.length === 0 && message.headers?.code === NO_RESPONDERS) {
      request.reject(new errors.NoRespondersError(request.subject));
    } else {
      request.resolve(message);
    }
  }

  private failAll(error: Error): void {
    for (const request of this.pending.values()) {
      clearTimeout(request.timer);
      request.reject(error);
    }
    this.pending.clear();
  }
}
