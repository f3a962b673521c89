package org.pmdc.hub.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before the hub sees them (a header of 100 KB, an encoded {@code /} in
 * the path, a malformed request line) are answered as RFC 9457 problem documents with the
 * security headers, instead of Tomcat's HTML page. Replaces the host's error report valve, which
 * Spring Boot configures before this customizer runs.
 */
@Component
class ServerRefusals implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  private final ObjectMapper json;

  ServerRefusals(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      Host host = (Host) context.getParent();
      for (Valve valve : host.getPipeline().getValves()) {
        if (valve instanceof ErrorReportValve) {
          host.getPipeline().removeValve(valve);
        }
      }
      host.getPipeline().addValve(new ProblemReports(json));
      // Tomcat adds its own report valve at start unless one of this class is present.
      ((StandardHost) host).setErrorReportValveClass(ProblemReports.class.getName());
    });
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  static class ProblemReports extends ErrorReportValve {

    private final ObjectMapper json;

    ProblemReports(ObjectMapper json) {
      this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0) {
        return;
      }
      try {
        Writer writer = response.getReporter();
        if (writer == null) {
          return;
        }
        SecurityHeaders.writeTo(response);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Refused" : known.getReasonPhrase();
        ProblemException problem = new ProblemException(status, title.toLowerCase().replace(' ', '-'), title,
            "The web server refused the request before the hub read it (HTTP " + status + "): a malformed request line,"
                + " a header too large, or a path with an encoded separator or dot segment.");
        writer.write(json.writeValueAsString(problem.document(json, request.getRequestURI())));
        writer.flush();
      } catch (IOException | IllegalStateException e) {
        // The connection is already gone or the response committed: nothing more can be said.
      }
    }
  }
}
