import { SetMetadata } from '@nestjs/common';
import type { Subject } from '@groundwork/contracts';

export const RPC_HANDLER = 'groundwork:rpc-handler';

/** Marks a controller method as the handler of one request-reply subject from contracts. */
export const RpcHandler = (subject: Subject | `${string}.health`) => SetMetadata(RPC_HANDLER, subject);
