package org.pmdc.hub.translation;

/**
 * Which translator a publisher layout uses: the local mapping engine (the default), or the
 * schema-translation service ({@code saas}) with the vendor's mapper for this layout. See
 * docs/translation-saas.md.
 */
public record Translator(String provider, String mapper) {

  static final Translator LOCAL = new Translator("local", null);

  public Translator {
    provider = provider == null ? "local" : provider;
  }

  public boolean isSaas() {
    return provider.equals("saas");
  }
}
