package org.childrenstrust.commissioning.platform.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400, every request to the engine REST API ({@code /engine-rest}) and to the
 * webapps' API ({@code /camunda/api}) that carries an expression: a query parameter, form field or
 * JSON value (at any depth, {@code orQueries} included) containing {@code ${} or {@code #{}, or any
 * field or parameter whose name ends in {@code Expression} ({@code assigneeExpression},
 * {@code dueBeforeExpression}...). Camunda 7.24.0 CE evaluates expressions that arrive inside
 * {@code orQueries} of a task query although ad hoc expressions are switched off, which lets any
 * Tasklist user run code on the server.
 *
 * <p>Tasklist's stored filters keep working: their expressions ({@code ${currentUser()}}) were
 * written by the application ({@code TasklistFilters}) and are evaluated from the filter id; only
 * what arrives in a request is refused, which includes creating or changing a filter with an
 * expression through the API.
 *
 * <p>While it has the body, it also refuses variables the engine would fail on with a 500
 * ({@link EngineVariableLimits}: over-long text, JSON that is not JSON).
 *
 * <p>The body is buffered to be read (at most {@value #MAX_BODY_BYTES} bytes; a larger one is
 * refused with 413) and handed on unchanged. Multipart bodies (deployments, attachments) are not
 * read: nothing in them is evaluated as a query.
 */
public class ExpressionGuardFilter extends OncePerRequestFilter {

  /** The largest JSON or form body accepted on the engine's APIs. */
  public static final int MAX_BODY_BYTES = 1024 * 1024;

  static final String EXPRESSION_REFUSED = "Expressions such as ${...} or #{...} and fields ending in 'Expression' "
      + "are not accepted from outside: the server does not evaluate expressions sent in a request. "
      + "Send plain values instead (for example 'assignee' with a user id instead of 'assigneeExpression').";
  static final String NOT_JSON = "The request body is not valid JSON: check brackets, quotes and commas.";
  static final String TOO_LARGE = "The request is too large: at most 1 MiB is accepted. Shorten the text or send it in parts.";

  private static final Logger LOG = LoggerFactory.getLogger(ExpressionGuardFilter.class);

  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
      .build();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (carriesExpression(parse(request.getQueryString(), StandardCharsets.UTF_8))) {
      refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, EXPRESSION_REFUSED);
      return;
    }
    String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    if (contentType.startsWith("multipart/")) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = readBody(request);
    if (body == null) {
      refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TOO_LARGE);
      return;
    }
    Charset charset = charset(request);
    Map<String, List<String>> form = Map.of();
    if (body.length > 0) {
      if (contentType.startsWith("application/x-www-form-urlencoded")) {
        form = parse(new String(body, charset), charset);
        if (carriesExpression(form)) {
          refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, EXPRESSION_REFUSED);
          return;
        }
      } else if (contentType.isEmpty() || contentType.contains("json")) {
        Verdict verdict = scanJson(body);
        if (verdict != Verdict.CLEAN) {
          refuse(request, response, HttpServletResponse.SC_BAD_REQUEST,
              verdict == Verdict.EXPRESSION ? EXPRESSION_REFUSED : NOT_JSON);
          return;
        }
        String variableProblem = EngineVariableLimits.problem(body);
        if (variableProblem != null) {
          refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, variableProblem);
          return;
        }
      } else if (containsExpression(new String(body, charset))) {
        refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, EXPRESSION_REFUSED);
        return;
      }
    }
    chain.doFilter(new BufferedRequest(request, body, form), response);
  }

  enum Verdict { CLEAN, EXPRESSION, MALFORMED }

  /** Reads every token: field names ending in "Expression" and string values holding ${ or #{ are refused. */
  static Verdict scanJson(byte[] body) {
    try (JsonParser parser = JSON.createParser(body)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME && isExpressionName(parser.currentName())) {
          return Verdict.EXPRESSION;
        }
        if (token == JsonToken.VALUE_STRING && containsExpression(parser.getText())) {
          return Verdict.EXPRESSION;
        }
      }
      return Verdict.CLEAN;
    } catch (IOException | RuntimeException e) {
      return Verdict.MALFORMED;
    }
  }

  static boolean isExpressionName(String name) {
    return name != null && (name.toLowerCase(Locale.ROOT).endsWith("expression") || containsExpression(name));
  }

  static boolean containsExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  private static boolean carriesExpression(Map<String, List<String>> parameters) {
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      if (isExpressionName(parameter.getKey()) || parameter.getValue().stream().anyMatch(ExpressionGuardFilter::containsExpression)) {
        return true;
      }
    }
    return false;
  }

  /** Decodes {@code a=1&b=2}; a malformed escape is kept as text (and still checked). */
  static Map<String, List<String>> parse(String encoded, Charset charset) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return parameters;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals), charset);
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1), charset);
      parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return parameters;
  }

  private static String decode(String text, Charset charset) {
    try {
      return URLDecoder.decode(text, charset);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  /** The body, or null when it is larger than {@link #MAX_BODY_BYTES}. */
  private static byte[] readBody(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = request.getInputStream()) {
      byte[] buffer = new byte[8192];
      int read;
      while ((read = in.read(buffer)) != -1) {
        out.write(buffer, 0, read);
        if (out.size() > MAX_BODY_BYTES) {
          return null;
        }
      }
    }
    return out.toByteArray();
  }

  private static Charset charset(HttpServletRequest request) {
    try {
      return request.getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(request.getCharacterEncoding());
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
      throws IOException {
    LOG.warn("Refused {} {} ({}): {}", request.getMethod(), request.getRequestURI(), status, message);
    SecurityResponses.camundaError(response, status, "InvalidRequestException", message);
  }

  /** The request with its body buffered, readable again downstream (as a stream or as form parameters). */
  private static final class BufferedRequest extends HttpServletRequestWrapper {
    private final byte[] body;
    private final Map<String, String[]> parameters;

    BufferedRequest(HttpServletRequest request, byte[] body, Map<String, List<String>> form) {
      super(request);
      this.body = body;
      Map<String, List<String>> all = parse(request.getQueryString(), StandardCharsets.UTF_8);
      form.forEach((name, values) -> all.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values));
      Map<String, String[]> merged = new LinkedHashMap<>();
      all.forEach((name, values) -> merged.put(name, values.toArray(String[]::new)));
      this.parameters = Collections.unmodifiableMap(merged);
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("The body is already buffered");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), charset(this)));
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }
  }
}
