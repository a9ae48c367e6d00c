package org.childrenstrust.commissioning.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.childrenstrust.commissioning.platform.ModelFiles;
import org.childrenstrust.commissioning.platform.PlatformWebTest;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 8, part 5: who may do what, checked against the design in
 * {@code src/test/resources/security/authorization-matrix.csv}. Its rows are every process start
 * and user task of the models under processes/, every endpoint of the application's own API (from
 * Spring's handler mappings), and the engine REST and webapp resources the application relies on;
 * its columns are the anonymous caller and every governance group. Deny by default: a process,
 * task or endpoint without its row fails the test, which prints the row to add.
 *
 * <p>How a cell is checked: a process start by the engine's authorizations (CREATE_INSTANCE on the
 * definition and CREATE on instances; anonymous callers by HTTP); a user task by the model (the
 * group is a candidate group) or the group's authorization to work on every task; an endpoint by
 * calling it as a demo member of the group (allowed = neither 401 nor 403), with path values of the
 * Executive Commissioning Group (ECG, group management-group), and bodies that change nothing.
 */
class AuthorizationMatrixTest extends PlatformWebTest {

  static final String MATRIX = "/security/authorization-matrix.csv";
  static final String ANONYMOUS = "anonymous";

  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMapping;
  @Autowired AuthorizationService authorizationService;
  @Autowired DataSource dataSource;

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static List<String> roles;
  private static Map<String, Map<String, Boolean>> design;
  private static Map<String, String> notes;

  @BeforeAll
  static void readDesign() throws IOException {
    try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream(MATRIX)) {
      assertThat(in).as(MATRIX).isNotNull();
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
      List<String> header = Arrays.asList(lines.get(0).split(",", -1));
      roles = header.subList(1, header.size() - 1);
      design = new LinkedHashMap<>();
      notes = new LinkedHashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",", -1);
        assertThat(cells).as("cells of " + line).hasSize(header.size());
        Map<String, Boolean> row = new LinkedHashMap<>();
        for (int i = 1; i < cells.length - 1; i++) {
          assertThat(cells[i]).as("cell " + header.get(i) + " of " + cells[0] + " (Y or N)").isIn("Y", "N");
          row.put(header.get(i), cells[i].equals("Y"));
        }
        assertThat(design.put(cells[0], row)).as("a second row for " + cells[0]).isNull();
        notes.put(cells[0], cells[cells.length - 1]);
      }
    }
  }

  @Test
  void theMatrixHasAColumnForTheAnonymousCallerAndEveryGroup() {
    List<String> expected = new ArrayList<>(List.of(ANONYMOUS));
    GovernanceGroup.all().forEach(g -> expected.add(g.id()));
    assertThat(roles).as("columns of " + MATRIX + " (add a column for a new group)").containsExactlyElementsOf(expected);
  }

  @Test
  void everyProcessStartIsAsDesigned() {
    Map<String, Map<String, Boolean>> actual = new TreeMap<>();
    for (Process process : processes()) {
      Map<String, Boolean> row = new LinkedHashMap<>();
      for (String role : roles) {
        row.put(role, role.equals(ANONYMOUS)
            ? allowed(call(null, "POST", "/engine-rest/process-definition/key/" + process.getId() + "/start", "{}"))
            : authorized(role, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, process.getId())
                && authorized(role, Permissions.CREATE, Resources.PROCESS_INSTANCE, "*"));
      }
      actual.put("start " + process.getId(), row);
    }
    compare("start ", actual, Map.of());
  }

  @Test
  void everyUserTaskIsAsDesigned() {
    Map<String, Map<String, Boolean>> actual = new TreeMap<>();
    Map<String, String> assignees = new TreeMap<>();
    for (Process process : processes()) {
      for (UserTask task : process.getModelInstance().getModelElementsByType(UserTask.class)) {
        Set<String> candidates = task.getCamundaCandidateGroups() == null ? Set.of()
            : Arrays.stream(task.getCamundaCandidateGroups().split(",")).map(String::strip).collect(Collectors.toSet());
        Map<String, Boolean> row = new LinkedHashMap<>();
        for (String role : roles) {
          row.put(role, !role.equals(ANONYMOUS)
              && (candidates.contains(role) || authorized(role, Permissions.UPDATE, Resources.TASK, "*")));
        }
        String key = "task " + process.getId() + "/" + task.getId();
        actual.put(key, row);
        assignees.put(key, task.getCamundaAssignee() == null ? "" : "assignee " + task.getCamundaAssignee());
      }
    }
    compare("task ", actual, assignees);
  }

  @Test
  void everyEndpointOfTheApplicationIsAsDesigned() {
    Map<String, Map<String, Boolean>> actual = new TreeMap<>();
    for (String endpoint : endpoints()) {
      actual.put("endpoint " + endpoint, observe(endpoint));
    }
    compare("endpoint ", actual, Map.of());
  }

  /**
   * Bodies that the engine accepts, so that only authorization can refuse them (an empty body would
   * be refused as invalid before the authorization check); what the administrator creates is removed.
   */
  private static final Map<String, String> RESOURCE_BODIES = Map.of(
      "POST /engine-rest/user/create", """
          {"profile": {"id": "matrix.probe.user", "firstName": "Matrix", "lastName": "Probe"},
           "credentials": {"password": "Matrix-Probe-Password-1"}}""",
      "POST /engine-rest/group/create", "{\"id\": \"matrix-probe-group\", \"name\": \"Matrix probe\", \"type\": \"WORKFLOW\"}",
      "POST /engine-rest/filter/create", "{\"resourceType\": \"Task\", \"name\": \"Matrix probe\", \"query\": {}, \"properties\": {}}",
      "POST /engine-rest/authorization/create", """
          {"type": 1, "permissions": ["READ"], "groupId": "clerks", "resourceType": 0, "resourceId": "matrix-probe"}""",
      "POST /camunda/api/admin/setup/default/user/create", """
          {"profile": {"id": "matrix.setup.user", "firstName": "Matrix", "lastName": "Setup"},
           "credentials": {"password": "Matrix-Probe-Password-1"}}""");

  @Autowired org.camunda.bpm.engine.IdentityService identityService;
  @Autowired org.camunda.bpm.engine.FilterService filterService;

  @Test
  void theEngineAndWebappResourcesTheApplicationUsesAreAsDesigned() {
    Map<String, Map<String, Boolean>> actual = new TreeMap<>();
    try {
      for (String key : design.keySet()) {
        if (key.startsWith("resource ")) {
          String resource = key.substring("resource ".length());
          actual.put(key, observe(resource, RESOURCE_BODIES.get(resource)));
          removeWhatTheProbeCreated();
        }
      }
    } finally {
      removeWhatTheProbeCreated();
    }
    assertThat(actual).as("resource rows in " + MATRIX).isNotEmpty();
    compare("resource ", actual, Map.of());
  }

  private void removeWhatTheProbeCreated() {
    identityService.deleteUser("matrix.probe.user");
    identityService.deleteUser("matrix.setup.user");
    identityService.deleteGroup("matrix-probe-group");
    filterService.createFilterQuery().filterName("Matrix probe").list().forEach(f -> filterService.deleteFilter(f.getId()));
    authorizationService.createAuthorizationQuery().resourceId("matrix-probe").list()
        .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
  }

  // ------------------------------------------------------------------------------------------

  private void compare(String kind, Map<String, Map<String, Boolean>> actual, Map<String, String> expectedNotes) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Map<String, Boolean>> row : actual.entrySet()) {
      Map<String, Boolean> designed = design.get(row.getKey());
      String note = expectedNotes.getOrDefault(row.getKey(), "");
      if (designed == null) {
        problems.add("No row for " + row.getKey() + " (deny by default). Decide who may, then add to " + MATRIX
            + " (these are the cells as it is now):\n    " + csv(row.getKey(), row.getValue(), note));
        continue;
      }
      for (String role : roles) {
        if (!designed.get(role).equals(row.getValue().get(role))) {
          problems.add(row.getKey() + ", " + role + ": the design says " + (designed.get(role) ? "allowed" : "denied")
              + " but it is " + (row.getValue().get(role) ? "allowed" : "denied"));
        }
      }
      if (!note.isEmpty() && !note.equals(notes.get(row.getKey()))) {
        problems.add(row.getKey() + ": the note must read '" + note + "' (who the model assigns it to)");
      }
    }
    for (String key : design.keySet()) {
      if (key.startsWith(kind.strip()) && !kind.equals("resource ") && !actual.containsKey(key)) {
        problems.add("A row for something that no longer exists: " + key + " (remove it from " + MATRIX + ")");
      }
    }
    assertThat(problems).as("authorization matrix " + MATRIX).isEmpty();
  }

  private String csv(String key, Map<String, Boolean> row, String note) {
    return key + "," + roles.stream().map(r -> row.get(r) ? "Y" : "N").collect(Collectors.joining(",")) + "," + note;
  }

  private static List<Process> processes() {
    List<Process> processes = new ArrayList<>();
    for (Path file : ModelFiles.files(ModelFiles.PROCESSES, ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).forEach(processes::add);
    }
    assertThat(processes).as("processes under " + ModelFiles.PROCESSES).isNotEmpty();
    return processes;
  }

  private boolean authorized(String group, org.camunda.bpm.engine.authorization.Permission permission,
      org.camunda.bpm.engine.authorization.Resource resource, String resourceId) {
    return authorizationService.isUserAuthorized("authorization.matrix.probe", List.of(group), permission, resource, resourceId);
  }

  /** Method and pattern of the application's own endpoints (test-only endpoints and the error page left out). */
  private List<String> endpoints() {
    List<String> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
      if (AnnotatedElementUtils.hasAnnotation(entry.getValue().getBeanType(), TestComponent.class)) {
        continue;
      }
      Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
      for (String pattern : entry.getKey().getPatternValues()) {
        if (!pattern.equals("/error")) {
          for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
            endpoints.add(method.name() + " " + pattern);
          }
        }
      }
    }
    return endpoints;
  }

  /** Calls "METHOD /path/{var}" as each role: allowed when the answer is neither 401 nor 403. */
  private Map<String, Boolean> observe(String endpoint) {
    return observe(endpoint, null);
  }

  private Map<String, Boolean> observe(String endpoint, String givenBody) {
    String method = endpoint.substring(0, endpoint.indexOf(' '));
    String path = expand(endpoint.substring(endpoint.indexOf(' ') + 1));
    String body = givenBody != null ? givenBody : method.equals("GET") || method.equals("DELETE") ? null : "{}";
    Map<String, Boolean> row = new LinkedHashMap<>();
    for (String role : roles) {
      row.put(role, allowed(call(userOf(role), method, path, body)));
      removeWhatTheProbeCreated();
    }
    return row;
  }

  /** Path values of the ECG, or ones that exist nowhere where the call would otherwise change something. */
  private String expand(String pattern) {
    String ecgMeeting = firstValue("select m.reference from ct_meeting m join ct_governance_body b on m.body_id = b.id "
        + "where b.code = 'ECG' order by m.meeting_date", "ECG-2010-03-11");
    return pattern
        .replaceAll("\\{reference(:[^}]*)?}", URLEncoder.encode(ecgMeeting, StandardCharsets.UTF_8))
        .replaceAll("\\{code(:[^}]*)?}", "ECG")
        .replaceAll("\\{number(:[^}]*)?}", "999")
        .replaceAll("\\{id(:[^}]*)?}", "999999")
        .replaceAll("\\{[^}]+}", "no-such-thing");
  }

  private static String userOf(String role) {
    if (role.equals(ANONYMOUS)) {
      return null;
    }
    if (role.equals(GovernanceGroup.ADMINISTRATORS_ID)) {
      return "admin";
    }
    return DemoUsers.ALL.stream().filter(u -> u.groups().equals(List.of(role))).map(DemoUsers.DemoUser::id).findFirst()
        .orElseThrow(() -> new AssertionError("No demo user is only in " + role + ": add one to DemoUsers"));
  }

  private static boolean allowed(int status) {
    return status != 401 && status != 403;
  }

  private int call(String user, String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json, text/html;q=0.9, */*;q=0.8");
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    if (body != null) {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String firstValue(String sql, String otherwise) {
    try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : otherwise;
    } catch (java.sql.SQLException e) {
      return otherwise;
    }
  }
}
