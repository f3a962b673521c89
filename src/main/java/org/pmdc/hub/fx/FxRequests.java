package org.pmdc.hub.fx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.camel.Message;
import org.pmdc.hub.api.RequestReader;
import org.springframework.stereotype.Component;

/** The FX operations' requests, read with the API's one reader (422 naming each bad parameter). */
@Component("fxRequests")
public class FxRequests {

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final String RULE = "an ISO 4217 currency code in capitals, such as USD";

  private final ExchangeRates rates;

  FxRequests(ExchangeRates rates) {
    this.rates = rates;
  }

  /**
   * {@code GET /fx-rates?base=&quote=&date=&amount=}: the rate used for the pair on the date (today
   * without one), and the amount converted with it when one is given.
   */
  public ExchangeRate rate(Message request) {
    RequestReader in = RequestReader.query(request, "base", "quote", "date", "amount");
    Map<String, Object> query = new HashMap<>();
    query.put("base", in.code("base", CURRENCY, RULE));
    query.put("quote", in.code("quote", CURRENCY, RULE));
    query.put("date", in.date("date"));
    query.put("amount", in.amount("amount"));
    in.done(query);
    LocalDate date = query.get("date") == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse((String) query.get("date"));
    ExchangeRate rate = rates.rate((String) query.get("base"), (String) query.get("quote"), date);
    return query.get("amount") == null ? rate : rate.converting((BigDecimal) query.get("amount"));
  }
}
