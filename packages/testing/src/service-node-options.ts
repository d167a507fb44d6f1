import { registeredService, registryRoot, serviceRegistry } from '@groundwork/service-kit/client';

/** The V8 flags services.json gives a service, so tests and benchmarks run it as production does. */
export function serviceNodeOptions(service: string, root = registryRoot()): string[] {
  return registeredService(service, serviceRegistry(root)).nodeOptions;
}
