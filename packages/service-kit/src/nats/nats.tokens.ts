export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
export const RPC_CONTRACT = Symbol('RPC_CONTRACT');
export const SERVICE_NAME = Symbol('SERVICE_NAME');
export const VALIDATE_REPLIES = Symbol('VALIDATE_REPLIES');
