package org.childrenstrust.commissioning.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;

/** Refusals written by the security filters, in the error shape of the API they stand in front of. */
final class SecurityResponses {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SecurityResponses() {}

  /** Camunda's error body {@code {type, message}}, as the engine REST API answers. */
  static void camundaError(HttpServletResponse response, int status, String type, String message) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    write(response, status, body);
  }

  private static void write(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(body));
    response.flushBuffer();
  }
}
