package org.childrenstrust.commissioning.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.childrenstrust.commissioning.platform.identity.TasklistFilters;

/** "My group's tasks" through a running application's /engine-rest only, as Tasklist asks it. */
final class TaskQueryClient {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String basic;
  private String filterId;

  private final String user;

  TaskQueryClient(int port, String user, String password) {
    this(port, user, password, null);
  }

  /** With the filter's id known already (otherwise it is looked up by name on the first query). */
  TaskQueryClient(int port, String user, String password, String filterId) {
    this.base = "http://127.0.0.1:" + port + "/engine-rest";
    this.user = user;
    this.basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.filterId = filterId;
  }

  /** The first page (newest first) and the count; returns the count. */
  long myGroupsTasks() {
    if (filterId == null) {
      String filters = send(HttpRequest.newBuilder(URI.create(base + "/filter?name="
          + URLEncoder.encode(TasklistFilters.MY_GROUPS_TASKS, StandardCharsets.UTF_8))).GET());
      int at = filters.indexOf("\"id\":\"");
      if (at < 0) {
        throw new IllegalStateException("no filter '" + TasklistFilters.MY_GROUPS_TASKS + "': " + filters);
      }
      filterId = filters.substring(at + 6, filters.indexOf('"', at + 6));
    }
    String page = send(HttpRequest.newBuilder(URI.create(base + "/filter/" + filterId + "/list?firstResult=0&maxResults=" + TaskQueries.PAGE))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}")));
    if (!page.startsWith("[")) {
      throw new IllegalStateException("not a page of tasks: " + page);
    }
    return Long.parseLong(send(HttpRequest.newBuilder(URI.create(base + "/filter/" + filterId + "/count")).GET())
        .replaceAll("\\D", ""));
  }

  /** The cheapest authenticated call (the user's own profile): what every REST request costs before its work. */
  void baseline() {
    send(HttpRequest.newBuilder(URI.create(base + "/user/" + user + "/profile")).GET());
  }

  private String send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.header("Authorization", basic).header("Accept", "application/json")
          .build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(response.statusCode() + " from " + request.build().uri() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
