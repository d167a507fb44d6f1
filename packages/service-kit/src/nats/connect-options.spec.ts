import { natsConnectOptions } from './connect-options';

describe('natsConnectOptions', () => {
  it('takes the user and password out of the URL', () => {
    expect(natsConnectOptions('nats://membership:p%40ss@127.0.0.1:4223')).toEqual({
      servers: ['nats://127.0.0.1:4223'],
      user: 'membership',
      pass: 'p@ss',
    });
  });

  it('leaves a URL without credentials as it is', () => {
    expect(natsConnectOptions('nats://127.0.0.1:4222')).toEqual({ servers: ['nats://127.0.0.1:4222'] });
  });

  it('reads a comma-separated list of servers', () => {
    expect(natsConnectOptions('nats://u:p@a:4222, nats://u:p@b:4222')).toEqual({
      servers: ['nats://a:4222', 'nats://b:4222'],
      user: 'u',
      pass: 'p',
    });
  });
});
