package org.pmdc.hub.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @ValueSource(strings = {"USD", "EUR", "JPY", "KWD", "CHF"})
  void currenciesAreCurrencies(String code) {
    assertThat(Money.notACurrency(code)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR", "XBA", "XUA", "XSU"})
  void iso4217CodesThatNameNoCurrencyAreRefusedSayingSo(String code) {
    assertThat(Money.notACurrency(code)).hasValue(code + " is an ISO 4217 code that names no currency (a metal, a unit "
        + "of account, testing or 'no currency'); give the currency of the amounts");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ABC", "usd", "US", "DOLLAR", ""})
  void otherCodesAreNotIso4217(String code) {
    assertThat(Money.notACurrency(code)).hasValue("not an ISO 4217 currency code");
  }
}
