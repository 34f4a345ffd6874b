export { entityTag, matchesIfNoneMatch } from "./entity-tag";
export { BUILD_STAMP } from "./build-stamp";
export { cacheControl, cacheHeaders, VARY, type Audience, type SharedCacheSettings } from "./policy";
