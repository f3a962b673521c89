package org.pmdc.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.beans.Introspector;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * The routes keep to the capabilities they are about: each route file may call the beans of the
 * capabilities named here (and of {@code api}, which every operation shares), so a rule that
 * belongs to delivery cannot quietly grow in an admin route. A bean name no class defines fails
 * too: the route would fail only when the exchange reaches it.
 */
class RouteCapabilitiesTest {

  private static final Set<String> SHARED = Set.of("api");

  private static final Map<String, Set<String>> CAPABILITIES_BY_FILE = Map.ofEntries(
      Map.entry("admin-api", Set.of("admin", "delivery", "security")),
      Map.entry("clients-api", Set.of("security")),
      Map.entry("cohorts-api", Set.of("cohorts", "security")),
      Map.entry("cohorts", Set.of("cohorts")),
      Map.entry("companies-api", Set.of("reporting")),
      Map.entry("company-reporting", Set.of("reporting")),
      Map.entry("performance", Set.of("performance")),
      Map.entry("performance-api", Set.of("performance")),
      Map.entry("deliveries-api", Set.of("delivery", "security")),
      Map.entry("delivery", Set.of("delivery")),
      Map.entry("file-intake", Set.of("intake")),
      Map.entry("fx-api", Set.of("fx")),
      Map.entry("fx-rates", Set.of("fx")),
      Map.entry("hub-errors", Set.of()),
      Map.entry("investors-api", Set.of("admin", "security")),
      Map.entry("lp-api", Set.of("delivery", "security")),
      Map.entry("mappings-api", Set.of("translation", "intake", "security")),
      Map.entry("observability", Set.of("observability")),
      Map.entry("retention", Set.of()),
      Map.entry("schemas-api", Set.of("canonical")),
      Map.entry("sftp-intake", Set.of("intake")),
      Map.entry("shared", Set.of("intake")),
      Map.entry("submission-processing", Set.of("intake", "translation", "canonical")),
      Map.entry("submissions-api", Set.of("intake", "security")),
      Map.entry("translation-service", Set.of("translation")));

  /** {@code #name} in an endpoint option, but not {@code #class:…}, {@code #bean:…} or {@code #${…}}. */
  private static final Pattern OPTION_REFERENCE = Pattern.compile("#([a-zA-Z]\\w*)\\b(?!:)");
  private static final Pattern BEAN_ENDPOINT = Pattern.compile("^bean:([a-zA-Z]\\w*)");

  private static final Path ROUTES = Path.of("routes");

  @Test
  void everyRouteFileCallsOnlyTheBeansOfItsCapabilities() throws IOException {
    Map<String, String> capabilityByBean = capabilityByBean(
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pmdc.hub"));
    List<String> problems = new ArrayList<>();
    Map<String, Set<String>> beansByFile = beansByRouteFile();
    assertThat(beansByFile).as("route files").isNotEmpty();
    assertThat(beansByFile.keySet()).as("route files this test knows")
        .containsExactlyInAnyOrderElementsOf(CAPABILITIES_BY_FILE.keySet());
    beansByFile.forEach((file, beans) -> beans.forEach(bean -> {
      String capability = capabilityByBean.get(bean);
      if (capability == null) {
        problems.add(file + " calls '" + bean + "', which no class defines");
      } else if (!SHARED.contains(capability) && !CAPABILITIES_BY_FILE.get(file).contains(capability)) {
        problems.add(file + " calls '" + bean + "' of " + capability);
      }
    }));
    assertThat(problems).isEmpty();
  }

  @Test
  void theBeanReferencesOfARouteAreFound() {
    Object route = new Yaml().load("""
        route:
          from:
            uri: "file:in?idempotentRepository=#locks&aggregationStrategy=#class:x.Y"
            steps:
              - bean: {ref: intake, method: take}
              - to: bean:reports?method=write
              - setBody: {simple: "#${header.x}"}
        """);
    Set<String> found = new TreeSet<>();
    collectBeans(route, found);
    assertThat(found).containsExactly("intake", "locks", "reports");
  }

  private static Map<String, Set<String>> beansByRouteFile() throws IOException {
    Map<String, Set<String>> beansByFile = new TreeMap<>();
    try (Stream<Path> files = Files.list(ROUTES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".camel.yaml")).toList()) {
        Set<String> beans = new TreeSet<>();
        try (Reader reader = Files.newBufferedReader(file)) {
          collectBeans(new Yaml().load(reader), beans);
        }
        beansByFile.put(file.getFileName().toString().replace(".camel.yaml", ""), beans);
      }
    }
    return beansByFile;
  }

  private static void collectBeans(Object node, Set<String> beans) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> {
        if ("ref".equals(key) && value instanceof String name) {
          beans.add(name);
        } else {
          collectBeans(value, beans);
        }
      });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collectBeans(item, beans));
    } else if (node instanceof String text) {
      Matcher option = OPTION_REFERENCE.matcher(text);
      while (option.find()) {
        beans.add(option.group(1));
      }
      Matcher endpoint = BEAN_ENDPOINT.matcher(text);
      if (endpoint.find()) {
        beans.add(endpoint.group(1));
      }
    }
  }

  /** Spring's names: a component's value or its decapitalized class name; a factory method's name. */
  private static Map<String, String> capabilityByBean(JavaClasses hub) {
    Map<String, String> capabilityByBean = new HashMap<>();
    for (JavaClass type : hub) {
      String capability = capabilityOf(type);
      type.tryGetAnnotationOfType(Component.class).ifPresent(component -> capabilityByBean.put(
          component.value().isEmpty() ? Introspector.decapitalize(type.getSimpleName()) : component.value(),
          capability));
      for (JavaMethod method : type.getMethods()) {
        method.tryGetAnnotationOfType(Bean.class).ifPresent(bean -> {
          String[] names = bean.value().length > 0 ? bean.value() : bean.name();
          capabilityByBean.put(names.length > 0 ? names[0] : method.getName(), capability);
        });
      }
    }
    return capabilityByBean;
  }

  private static String capabilityOf(JavaClass type) {
    String inHub = type.getPackageName().substring("org.pmdc.hub".length());
    return inHub.isEmpty() ? "" : inHub.substring(1).split("\\.")[0];
  }
}
