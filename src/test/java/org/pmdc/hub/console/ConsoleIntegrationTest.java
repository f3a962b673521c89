package org.pmdc.hub.console;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.pmdc.hub.support.HubIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A console journey: the whole hub, a headless Chromium for each test, and the console's users. */
abstract class ConsoleIntegrationTest extends HubIntegrationTest {

  @Autowired protected ConsoleUsers users;
  protected ConsoleBrowser browser;

  @BeforeEach
  void openBrowser() {
    browser = new ConsoleBrowser(port);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }
}
