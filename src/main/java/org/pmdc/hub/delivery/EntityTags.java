package org.pmdc.hub.delivery;

import org.apache.camel.Exchange;
import org.pmdc.hub.canonical.Hashes;
import org.springframework.stereotype.Component;

/**
 * Conditional GETs of the LP pull API: a response's ETag is the hash of its body, so an LP that
 * polls with {@code If-None-Match} gets {@code 304 Not Modified} and no body while nothing changed.
 */
@Component("entityTags")
public class EntityTags {

  /**
   * Sets the ETag of the JSON body, or answers 304 with no body when the caller's {@code
   * If-None-Match} (the {@code ifNoneMatch} property, kept before the headers were cleared) names
   * it. (Read from the exchange: as a bean parameter, Camel would strip the tag's quotes.)
   */
  public void respond(Exchange exchange) {
    String ifNoneMatch = exchange.getProperty("ifNoneMatch", String.class);
    String body = exchange.getMessage().getBody(String.class);
    String tag = "\"" + Hashes.sha256Hex(body).substring(0, 32) + "\"";
    exchange.getMessage().setHeader("ETag", tag);
    if (ifNoneMatch != null && (ifNoneMatch.equals("*") || ifNoneMatch.contains(tag))) {
      exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 304);
      exchange.getMessage().setBody(null);
    }
  }
}
