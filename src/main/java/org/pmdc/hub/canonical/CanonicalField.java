package org.pmdc.hub.canonical;

/** One field of the canonical model, as a mapping file names it. */
public record CanonicalField(String name, FieldType type, boolean required) {

  static CanonicalField required(String name, FieldType type) {
    return new CanonicalField(name, type, true);
  }

  static CanonicalField optional(String name, FieldType type) {
    return new CanonicalField(name, type, false);
  }
}
