package org.childrenstrust.commissioning.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small HTTP client for tests: HTTP Basic for the REST API, and a cookie session with the
 * CSRF token for the Camunda webapps' API (the way Tasklist's browser code calls it).
 */
public final class HttpTestClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private String authorization;
  private String csrfToken;

  public HttpTestClient(int port) {
    this.port = port;
    this.client = HttpClient.newBuilder()
        .cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  public HttpTestClient basic(String user, String password) {
    authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** A page as a browser asks for it (Accept: text/html). */
  public HttpResponse<String> getHtml(String path) {
    return send(request(path).GET().setHeader("Accept", "text/html,application/xhtml+xml"));
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> postForm(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Logs into a Camunda webapp ("tasklist", "cockpit", "admin") as the browser does: a GET first
   * for the session and its CSRF token, then the login form. Returns the login response.
   */
  public HttpResponse<String> webappLogin(String app, String user, String password) {
    HttpResponse<String> first = get("/camunda/app/" + app + "/default/");
    first.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
    if (csrfToken == null) {
      csrfToken = cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse(null);
    }
    HttpResponse<String> login = postForm("/camunda/api/admin/auth/user/default/login/" + app,
        Map.of("username", user, "password", password));
    // the login starts a new session, which has a CSRF token of its own
    get("/camunda/api/admin/auth/user/default");
    return login;
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(path)))
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json, text/plain, */*");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    if (csrfToken != null) {
      builder.header("X-XSRF-TOKEN", csrfToken);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("Not JSON (status " + response.statusCode() + "): " + response.body(), e);
    }
  }
}
