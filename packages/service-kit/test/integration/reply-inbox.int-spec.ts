import { connect, errors, headers, type NatsConnection } from '@nats-io/transport-node';
import { natsConnectOptions } from '../../src/nats/connect-options';
import { Namespace } from '../../src/nats/namespace';
import { ReplyInbox } from '../../src/nats/reply-inbox';

describe('ReplyInbox (real NATS)', () => {
  let nats: NatsConnection;
  let inbox: ReplyInbox;
  const namespace = new Namespace(process.env.NATS_NAMESPACE!);
  const subject = (name: string) => namespace.subject(`reply-inbox.${name}`);

  beforeAll(async () => {
    nats = await connect(natsConnectOptions(process.env.NATS_URL!));
    inbox = new ReplyInbox(nats);
  });

  afterAll(async () => {
    inbox.close();
    await nats.drain();
  });

  it('matches each reply to its own request when many are in flight', async () => {
    nats.subscribe(subject('echo'), {
      callback: (_error, message) => {
        const delay = Math.floor(Math.random() * 20);
        setTimeout(() => message.respond(`${message.string()}:${message.headers?.get('x-n') ?? ''}`), delay);
      },
    });
    await nats.flush();

    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, n) => {
        const requestHeaders = headers();
        requestHeaders.set('x-n', String(n));
        return inbox
          .request(subject('echo'), `q${n}`, requestHeaders, 2_000)
          .then((message) => message.string());
      }),
    );

    expect(answers).toEqual(Array.from({ length: 200 }, (_, n) => `q${n}:${n}`));
  });

  it('fails fast with NoRespondersError when nobody answers the subject', async () => {
    const started = Date.now();
    await expect(inbox.request(subject('nobody'), 'x', headers(), 5_000)).rejects.toBeInstanceOf(
      errors.NoRespondersError,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('times out a request whose reply never comes and drops the late reply', async () => {
    const late: Array<() => void> = [];
    nats.subscribe(subject('slow'), {
      callback: (_error, message) => {
        late.push(() => message.respond('too late'));
      },
    });
    await nats.flush();

    await expect(inbox.request(subject('slow'), 'x', headers(), 100)).rejects.toBeInstanceOf(
      errors.TimeoutError,
    );

    late.forEach((respond) => respond());
    await nats.flush();
    nats.subscribe(subject('quick'), {
      callback: (_error, message) => {
        message.respond('ok');
      },
    });
    await nats.flush();
    await expect(
      inbox.request(subject('quick'), 'x', headers(), 2_000).then((m) => m.string()),
    ).resolves.toBe('ok');
  });

  it('fails the requests still waiting when it closes', async () => {
    const closing = new ReplyInbox(nats);
    nats.subscribe(subject('never'), { callback: () => undefined });
    await nats.flush();

    const waiting = closing.request(subject('never'), 'x', headers(), 10_000);
    closing.close();

    await expect(waiting).rejects.toThrow('the NATS reply inbox closed');
  });
});
