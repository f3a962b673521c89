package org.pmdc.hub.canonical;

/** A line value that may not exceed another of the same line (unfunded commitment vs commitment). */
public record NotAbove(String field, String limit, String message) {}
