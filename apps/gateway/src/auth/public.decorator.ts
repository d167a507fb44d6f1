import { SetMetadata } from '@nestjs/common';

export const PUBLIC = 'groundwork:public';

/** Marks a handler that anyone may call without credentials; the guard denies every unmarked one. */
export const Public = () => SetMetadata(PUBLIC, true);
