package org.pmdc.hub.console;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves Apache ECharts from its Maven webjar under the console's own path (so the console's
 * security chain and its Content-Security-Policy cover it, and nothing is fetched from a CDN).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleResources implements WebMvcConfigurer {

  /** The webjar's version in the pom; {@code VendoredAssetsTest} fails when they part. */
  static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/";

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/console/vendor/echarts/**").addResourceLocations("classpath:/" + ECHARTS);
  }
}
