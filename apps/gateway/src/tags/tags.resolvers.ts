import { TagGroupResolver, TagResolver } from './tag-links.resolver';
import { TagsResolver } from './tags.resolver';

/** The tag resolvers, registered together in `resolvers.ts`. */
export const tagsResolvers = [TagsResolver, TagResolver, TagGroupResolver];
