package org.pmdc.hub.api;

/**
 * Which page of a list a caller asks for ({@link RequestReader#page}): the position the previous
 * page's {@code nextCursor} names (null for the start) and how many items.
 */
public record PageRequest(Long cursor, int limit) {}
