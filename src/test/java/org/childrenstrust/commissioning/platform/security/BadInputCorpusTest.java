package org.childrenstrust.commissioning.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.childrenstrust.commissioning.platform.ModelFiles;
import org.childrenstrust.commissioning.platform.PlatformWebTest;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 8, part 3: a corpus of bad input over every endpoint of the application's own API (found
 * from Spring's handler mappings, so a new endpoint is covered without touching this test) and
 * over every Camunda Form (found under forms/, submitted through the engine REST API as Tasklist
 * does). Every answer must be below 500; every refusal must carry a message a person can read;
 * a refused request must leave the domain tables (and, for a form, the task) as they were.
 */
class BadInputCorpusTest extends PlatformWebTest {

  @RegisterExtension
  static GreenMailExtension mail = org.childrenstrust.commissioning.support.TestMail.server();

  private static final String ADMIN = "admin";
  private static final String PASSWORD = DemoUsers.PASSWORD;

  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMapping;
  @Autowired DataSource dataSource;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final List<String> failures = new ArrayList<>();
  private int sent;

  @org.junit.jupiter.api.BeforeEach
  void deployTestProcesses() {
    org.childrenstrust.commissioning.platform.TestProcesses.deploy(repositoryService);
  }

  // ---------------------------------------------------------------- the application's own API

  /** The reproduction from the issue: it answered 500. */
  @Test
  void aForwardPlanTitleOfTwoMillionCharactersIsRefusedWith400AndNothingIsWritten() throws Exception {
    Map<String, Long> before = domainRowCounts();
    HttpResponse<String> response = post(DemoUsers.CLERK.id(), "/api/bodies/ECG/forward-plan",
        "{\"outcome\": \"BE_HEALTHY\", \"title\": \"" + BadInputCorpus.ABSURD + "\", \"durationMinutes\": 15}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(BadInputCorpus.JSON.readTree(response.body()).path("message").asText())
        .isEqualTo("The text for 'title' is too long: at most 400 characters are allowed, this one has 2,000,000. "
            + "Shorten it and try again.");
    assertThat(domainRowCounts()).isEqualTo(before);
  }

  /** A String variable longer than the engine's column: refused before the engine stores it. */
  @Test
  void aTextVariableLongerThanTheEngineKeepsIsRefusedWith400() throws Exception {
    HttpResponse<String> response = post(DemoUsers.CLERK.id(), "/engine-rest/process-definition/key/"
        + org.childrenstrust.commissioning.platform.TestProcesses.REQUIRED_INPUT + "/start",
        "{\"variables\": {\"title\": {\"value\": \"" + "t".repeat(4001) + "\", \"type\": \"String\"}}}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(BadInputCorpus.JSON.readTree(response.body()).path("message").asText())
        .startsWith("'title' is too long: at most 4,000 characters");
  }

  @Test
  void everyEndpointOfTheApplicationAnswersBadInputWithA4xxAndAReadableMessage() throws Exception {
    Map<String, HandlerMethod> endpoints = endpoints();
    assertThat(endpoints).as("endpoints found").isNotEmpty();
    for (Map.Entry<String, HandlerMethod> endpoint : endpoints.entrySet()) {
      String method = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
      String pattern = endpoint.getKey().substring(endpoint.getKey().indexOf(' ') + 1);
      HandlerMethod handler = endpoint.getValue();
      Map<String, String> goodPath = goodPathValues(pattern);
      Class<?> bodyType = null;
      Map<String, Class<?>> params = new LinkedHashMap<>();
      for (MethodParameter parameter : handler.getMethodParameters()) {
        parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
        if (parameter.hasParameterAnnotation(RequestBody.class)) {
          bodyType = parameter.getParameterType();
        }
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null) {
          String name = param.name().isEmpty() ? param.value().isEmpty() ? parameter.getParameterName() : param.value() : param.name();
          params.put(name, parameter.getParameterType());
        }
      }
      String goodBody = bodyType == null ? null : validBody(bodyType);
      // bad path variables, the rest valid
      for (String variable : goodPath.keySet()) {
        for (Map.Entry<String, String> bad : BadInputCorpus.badTexts().entrySet()) {
          Map<String, String> path = new LinkedHashMap<>(goodPath);
          path.put(variable, bad.getValue());
          send(method, expand(pattern, path) + query(goodParams(params)), goodBody, "path " + variable + ": " + bad.getKey());
        }
      }
      // bad bodies, the path valid
      if (bodyType != null) {
        int seed = 0;
        for (Map.Entry<String, String> body : BadInputCorpus.recordBodies(bodyType, sent + seed++).entrySet()) {
          send(method, expand(pattern, goodPath) + query(goodParams(params)), body.getValue(), "body " + body.getKey());
        }
      }
      // bad request parameters
      for (Map.Entry<String, Class<?>> param : params.entrySet()) {
        Map<String, String> texts = new LinkedHashMap<>(BadInputCorpus.badTexts());
        texts.put("missing", null);
        texts.put("empty", "");
        for (Map.Entry<String, String> bad : texts.entrySet()) {
          Map<String, String> values = goodParams(params);
          if (bad.getValue() == null) {
            values.remove(param.getKey());
          } else {
            values.put(param.getKey(), bad.getValue());
          }
          send(method, expand(pattern, goodPath) + query(values), goodBody, "param " + param.getKey() + ": " + bad.getKey());
        }
      }
    }
    System.out.printf("Bad-input corpus: %d bad requests over %d endpoints of the application's API%n", sent, endpoints.size());
    assertThat(failures).as("answers that were not a clean refusal").isEmpty();
  }

  /** Method and pattern of every handler method, except Spring's own error page. */
  private Map<String, HandlerMethod> endpoints() {
    Map<String, HandlerMethod> endpoints = new TreeMap<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
      if (org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(entry.getValue().getBeanType(),
          org.springframework.boot.test.context.TestComponent.class)) {
        continue; // the platform tests' probe endpoint is not part of the application
      }
      Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
      for (String pattern : entry.getKey().getPatternValues()) {
        if (pattern.equals("/error")) {
          continue;
        }
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          endpoints.put(method.name() + " " + pattern, entry.getValue());
        }
      }
    }
    return endpoints;
  }

  private Map<String, String> goodPathValues(String pattern) throws Exception {
    Map<String, String> values = new LinkedHashMap<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}:]+)[^}]*}").matcher(pattern);
    while (m.find()) {
      String name = m.group(1);
      values.put(name, switch (name) {
        case "reference" -> firstValue("select reference from ct_meeting order by meeting_date", "ECG-2010-03-11");
        case "code" -> "ECG";
        case "number" -> "1";
        case "id" -> firstValue("select id from ct_meeting_action where status <> 'DONE' order by id", "1");
        default -> "corpus";
      });
    }
    return values;
  }

  private Map<String, String> goodParams(Map<String, Class<?>> params) {
    Map<String, String> values = new LinkedHashMap<>();
    params.forEach((name, type) -> values.put(name, BadInputCorpus.sample(type, name, sent).asText()));
    return values;
  }

  private static String validBody(Class<?> type) {
    if (!type.isRecord()) {
      return "{}";
    }
    ObjectNode body = BadInputCorpus.NODES.objectNode();
    for (var component : type.getRecordComponents()) {
      body.set(component.getName(), BadInputCorpus.sample(component.getType(), component.getName(), 0));
    }
    return body.toString();
  }

  private static String expand(String pattern, Map<String, String> values) {
    String path = pattern;
    for (Map.Entry<String, String> value : values.entrySet()) {
      path = path.replaceAll("\\{" + java.util.regex.Pattern.quote(value.getKey()) + "(:[^}]*)?}",
          java.util.regex.Matcher.quoteReplacement(URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8).replace("+", "%20")));
    }
    return path;
  }

  private static String query(Map<String, String> params) {
    if (params.isEmpty()) {
      return "";
    }
    StringBuilder query = new StringBuilder("?");
    params.forEach((name, value) -> query.append(query.length() > 1 ? "&" : "")
        .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return query.toString();
  }

  private void send(String method, String path, String body, String what) throws Exception {
    Map<String, Long> before = domainRowCounts();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", basic(ADMIN))
        .header("Accept", "application/json, text/html;q=0.9, */*;q=0.8");
    if (body != null) {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    sent++;
    check(method + " " + BadInputCorpus.abbreviate(path) + " [" + what + "]", response, before, null);
  }

  // ---------------------------------------------------------------- Camunda Forms

  private final List<String> notReached = new java.util.ArrayList<>();

  @Test
  void everyCamundaFormAnswersBadInputWithA4xxAndAReadableMessage() throws Exception {
    List<Path> forms = ModelFiles.files(ModelFiles.FORMS, ".form");
    assertThat(forms).as("forms found").isNotEmpty();
    Map<String, JsonNode> formsById = new LinkedHashMap<>();
    for (Path form : forms) {
      formsById.put(ModelFiles.formId(form), BadInputCorpus.JSON.readTree(Files.readString(form)));
    }
    Set<String> covered = new LinkedHashSet<>();
    int submissions = 0;
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
      StartEvent startForm = model.getModelElementsByType(StartEvent.class).stream()
          .filter(e -> e.getCamundaFormRef() != null && formsById.containsKey(e.getCamundaFormRef())).findFirst().orElse(null);
      if (startForm != null) {
        submissions += startFormCorpus(definition, formsById.get(startForm.getCamundaFormRef()));
        covered.add(startForm.getCamundaFormRef());
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        if (task.getCamundaFormRef() == null || !formsById.containsKey(task.getCamundaFormRef())) {
          continue;
        }
        JsonNode startValues = startForm == null ? null : validValues(formsById.get(startForm.getCamundaFormRef()), submissions);
        int sentToTask = taskFormCorpus(definition, task.getId(), formsById.get(task.getCamundaFormRef()), startValues);
        if (sentToTask >= 0) {
          submissions += sentToTask;
          covered.add(task.getCamundaFormRef());
        }
      }
    }
    refusals.forEach((form, outcomes) -> outcomes.forEach((outcome, n) -> System.out.printf("  %s: %4d x %s%n", form, n, outcome)));
    System.out.printf("Bad-input corpus: %d bad form submissions over %d Camunda Forms (%s)%n", submissions, covered.size(), covered);
    System.out.printf("Task forms the generic corpus could not reach (their feature's own bad-input tests cover them): %s%n", notReached);
    Set<String> reachable = new LinkedHashSet<>(covered);
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      for (UserTask task : repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
        if (notReached.contains(definition.getKey() + "/" + task.getId())) {
          reachable.add(task.getCamundaFormRef());
        }
      }
    }
    assertThat(reachable).as("every form is used by a deployed start event or user task").containsExactlyInAnyOrderElementsOf(formsById.keySet());
    assertThat(notReached).as("the meetings' task forms are all reached").noneMatch(task -> task.startsWith("AgendaToMinutes/"));
    assertThat(failures).as("answers that were not a clean refusal").isEmpty();
  }

  private int startFormCorpus(ProcessDefinition definition, JsonNode form) throws Exception {
    int count = 0;
    String starter = DemoUsers.CLERK.id();
    for (Map.Entry<String, ObjectNode> variant : formVariants(form, count, Map.of()).entrySet()) {
      Map<String, Long> before = domainRowCounts();
      long instances = runtimeService.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
      // as Tasklist starts it, and as a script would through the REST API
      for (String start : List.of("/submit-form", "/start")) {
        HttpResponse<String> response = post(starter, "/engine-rest/process-definition/" + definition.getId() + start,
            "{\"variables\":" + variant.getValue() + "}");
        count++;
        long running = instances;
        check("start form " + form.path("id").asText() + " " + start + " [" + variant.getKey() + "]", response, before,
            () -> runtimeService.createProcessInstanceQuery().processDefinitionId(definition.getId()).count() == running);
        if (response.statusCode() < 300) {
          before = domainRowCounts();
          instances = runtimeService.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
        }
      }
    }
    return count;
  }

  private int taskFormCorpus(ProcessDefinition definition, String taskKey, JsonNode form, JsonNode startValues) throws Exception {
    int count = 0;
    Task task = openTask(definition, taskKey, startValues, count);
    if (task == null) {
      notReached.add(definition.getKey() + "/" + taskKey);
      return -1;
    }
    Map<String, ArrayNode> shown = shownLists(task, form);
    System.out.printf("  %s shows %s%n", taskKey, shown.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size() + " rows").toList());
    for (Map.Entry<String, ObjectNode> variant : formVariants(form, count, shown).entrySet()) {
      if (task == null) {
        task = openTask(definition, taskKey, startValues, count);
      }
      String taskId = task.getId();
      String processInstanceId = task.getProcessInstanceId();
      Set<String> variables = runtimeService.getVariables(processInstanceId).keySet();
      Map<String, Long> before = domainRowCounts();
      String user = task.getAssignee() != null ? task.getAssignee() : DemoUsers.CLERK.id();
      HttpResponse<String> response = post(user, "/engine-rest/task/" + taskId + "/submit-form",
          "{\"variables\":" + variant.getValue() + "}");
      count++;
      check("task form " + form.path("id").asText() + " at " + taskKey + " [" + variant.getKey() + "]", response, before,
          () -> taskService.createTaskQuery().taskId(taskId).count() == 1
              && runtimeService.getVariables(processInstanceId).keySet().equals(variables));
      if (response.statusCode() < 300) {
        // accepted (markup is text, an empty comment is allowed): the next variant needs the task again
        Object meetingId = runtimeService.createVariableInstanceQuery().processInstanceIdIn(processInstanceId)
            .variableName("meetingId").list().stream().map(v -> v.getValue()).findFirst().orElse(null);
        runtimeService.deleteProcessInstanceIfExists(processInstanceId, "bad-input corpus", true, true, true, false);
        task = meetingId == null ? null : reopen(definition, taskKey, meetingId);
      }
    }
    if (task != null) {
      runtimeService.deleteProcessInstanceIfExists(task.getProcessInstanceId(), "bad-input corpus", true, true, true, false);
    }
    return count;
  }

  /**
   * An open task at the activity: a new instance started with the start form's valid values (a
   * fresh meeting for AgendaToMinutes), its first steps run, then moved to the activity.
   */
  private Task openTask(ProcessDefinition definition, String taskKey, JsonNode startValues, int seed) throws Exception {
    String processInstanceId;
    if (startValues != null) {
      ObjectNode values = (ObjectNode) startValues.deepCopy();
      values.set("meetingDate", BadInputCorpus.NODES.objectNode()
          .put("value", java.time.LocalDate.of(2070, 1, 7).plusWeeks(uniqueWeek++).toString()).put("type", "String"));
      HttpResponse<String> started = post(DemoUsers.CLERK.id(), "/engine-rest/process-definition/" + definition.getId()
          + "/submit-form", "{\"variables\":" + values + "}");
      if (!definition.getKey().equals("AgendaToMinutes") && started.statusCode() != 200) {
        // the generated start values do not open this process (its own bad-input tests cover its forms)
        return null;
      }
      assertThat(started.statusCode()).as("start for " + taskKey + " with " + values + ": " + started.body()).isEqualTo(200);
      processInstanceId = BadInputCorpus.JSON.readTree(started.body()).path("id").asText();
    } else {
      try {
        processInstanceId = runtimeService.startProcessInstanceById(definition.getId()).getId();
      } catch (RuntimeException refused) {
        if (definition.getKey().startsWith("Abg") || definition.getKey().startsWith("Prg")
            || definition.getKey().equals("StrategyActionUpdate")) {
          return null;
        }
        throw refused;
      }
    }
    for (int round = 0; round < 5; round++) {
      for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).executable().list()) {
        managementService.executeJob(job.getId());
      }
    }
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      // before the task is created: its create listener prepares the form from the meeting
      prepareMeeting(taskKey, runtimeService.getVariable(processInstanceId, "meetingId"));
      ActivityInstance tree = runtimeService.getActivityInstance(processInstanceId);
      ProcessInstanceModificationBuilder move = runtimeService.createProcessInstanceModification(processInstanceId)
          .startBeforeActivity(taskKey);
      cancelLeaves(tree, move);
      move.execute(false, true); // the task's create listener prepares its form
      task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    }
    assertThat(task).as("an open " + taskKey).isNotNull();
    return task;
  }

  /** A new instance waiting at the task for the same meeting (cheaper than a new meeting). */
  private Task reopen(ProcessDefinition definition, String taskKey, Object meetingId) throws Exception {
    prepareMeeting(taskKey, meetingId);
    String processInstanceId = runtimeService.createProcessInstanceById(definition.getId())
        .setVariable("meetingId", meetingId)
        .startBeforeActivity(taskKey)
        .execute(false, true).getId();
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
  }

  private void prepareMeeting(String taskKey, Object meetingId) throws Exception {
    String state = MEETING_STATE_FOR_TASK.get(taskKey);
    if (state != null && meetingId != null) {
      try (Connection connection = dataSource.getConnection();
          var update = connection.prepareStatement("update ct_meeting set status = ? where id = ?")) {
        update.setString(1, state);
        update.setLong(2, ((Number) meetingId).longValue());
        update.executeUpdate();
      }
    }
  }

  /**
   * A task moved to by modification finds its meeting in the state of a new meeting; these tasks
   * check the state before the fields, so the meeting is put where the process would have it.
   */
  private static final Map<String, String> MEETING_STATE_FOR_TASK = Map.of(
      "Task_RecordMeeting", "AGENDA_PUBLISHED",
      "Task_ReviseMinutes", "MINUTES_DRAFT");

  private int uniqueWeek;

  /** Cancels the innermost activity and transition instances: their scopes stay for the new token. */
  private static void cancelLeaves(ActivityInstance scope, ProcessInstanceModificationBuilder move) {
    for (ActivityInstance child : scope.getChildActivityInstances()) {
      if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
        move.cancelActivityInstance(child.getId());
      } else {
        cancelLeaves(child, move);
      }
    }
    for (TransitionInstance transition : scope.getChildTransitionInstances()) {
      move.cancelTransitionInstance(transition.getId());
    }
  }

  /** The fields of a form (top level and in dynamic lists): key, type, options. */
  private record Field(String key, String type, List<String> options, List<Field> rowFields) {}

  private static List<Field> fields(JsonNode components) {
    List<Field> fields = new ArrayList<>();
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String key = component.has("key") ? component.path("key").asText() : component.path("path").asText(null);
      List<String> options = new ArrayList<>();
      component.path("values").forEach(v -> options.add(v.path("value").asText()));
      if (type.equals("dynamiclist")) {
        fields.add(new Field(key, type, options, fields(component.path("components"))));
      } else if (component.has("components")) {
        fields.addAll(fields(component.path("components")));
      } else if (key != null && !key.isEmpty() && !type.equals("text")) {
        fields.add(new Field(key, type, options, List.of()));
      }
    }
    return fields;
  }

  private static JsonNode validValue(Field field, int seed) {
    return switch (field.type()) {
      case "number" -> BadInputCorpus.NODES.numberNode(field.key().toLowerCase().contains("number") ? 1 : 10);
      case "checkbox" -> BadInputCorpus.NODES.booleanNode(true);
      case "datetime" -> BadInputCorpus.NODES.textNode(java.time.LocalDate.of(2036, 3, 4).plusWeeks(seed % 2000).toString());
      case "select", "radio" -> BadInputCorpus.NODES.textNode(field.options().isEmpty() ? "x" : field.options().get(0));
      case "dynamiclist" -> {
        ObjectNode row = BadInputCorpus.NODES.objectNode();
        field.rowFields().forEach(f -> row.set(f.key(), validValue(f, seed)));
        yield BadInputCorpus.NODES.arrayNode().add(row);
      }
      default -> field.key().toLowerCase().contains("time")
          ? BadInputCorpus.NODES.textNode(field.key().toLowerCase().contains("end") ? "16:00" : "14:00")
          : field.key().toLowerCase().contains("email")
              ? BadInputCorpus.NODES.textNode("someone@childrens-trust.example")
              : BadInputCorpus.NODES.textNode("Corpus " + field.key() + " " + seed);
    };
  }

  /** Camunda REST variables {name: {value, type}} with valid values for every field. */
  private static ObjectNode validValues(JsonNode form, int seed) {
    ObjectNode variables = BadInputCorpus.NODES.objectNode();
    for (Field field : fields(form.path("components"))) {
      variables.set(field.key(), variable(validValue(field, seed)));
    }
    return variables;
  }

  /** As Tasklist submits a value: lists as JSON text of type Json, the rest typed by their JSON type. */
  private static ObjectNode variable(JsonNode value) {
    ObjectNode variable = BadInputCorpus.NODES.objectNode();
    if (value.isContainerNode()) {
      return variable.put("value", value.toString()).put("type", "Json");
    }
    variable.set("value", value);
    return variable.put("type", value.isNull() ? "Null" : value.isBoolean() ? "Boolean"
        : value.isIntegralNumber() ? (value.canConvertToInt() ? "Integer" : "Long") : value.isNumber() ? "Double" : "String");
  }

  /**
   * The rows the task's form shows in its dynamic lists (what the process prepared, such as the
   * agenda items to minute), with empty fields filled in: the valid starting point of a submission.
   */
  private Map<String, ArrayNode> shownLists(Task task, JsonNode form) {
    Map<String, ArrayNode> shown = new LinkedHashMap<>();
    for (Field field : fields(form.path("components"))) {
      if (!field.type().equals("dynamiclist")) {
        continue;
      }
      var typed = taskService.getVariableTyped(task.getId(), field.key(), false);
      String json = typed == null ? null : typed instanceof org.camunda.bpm.engine.variable.value.SerializableValue serializable
          ? serializable.getValueSerialized() : String.valueOf(typed.getValue());
      JsonNode rows = json == null ? null : readTreeOrText(json);
      if (rows == null || !rows.isArray() || rows.isEmpty()) {
        continue;
      }
      ArrayNode completed = BadInputCorpus.NODES.arrayNode();
      for (int i = 0; i < rows.size(); i++) {
        ObjectNode row = rows.get(i).isObject() ? (ObjectNode) rows.get(i).deepCopy() : BadInputCorpus.NODES.objectNode();
        for (Field rowField : field.rowFields()) {
          JsonNode value = row.get(rowField.key());
          if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            row.set(rowField.key(), rowField.type().equals("checkbox")
                ? BadInputCorpus.NODES.booleanNode(i == 0) : validValue(rowField, i));
          }
        }
        completed.add(row);
      }
      shown.put(field.key(), completed);
    }
    return shown;
  }

  private static ObjectNode baseValues(JsonNode form, int seed, Map<String, ArrayNode> shown) {
    ObjectNode variables = validValues(form, seed);
    shown.forEach((key, rows) -> variables.set(key, variable(rows.deepCopy())));
    return variables;
  }

  private static Map<String, ObjectNode> formVariants(JsonNode form, int seed, Map<String, ArrayNode> shown) {
    Map<String, ObjectNode> variants = new LinkedHashMap<>();
    List<Field> fields = fields(form.path("components"));
    for (Field field : fields) {
      for (Map.Entry<String, JsonNode> bad : badFormValues(field).entrySet()) {
        ObjectNode variables = baseValues(form, seed + variants.size(), shown);
        if (bad.getValue() == null) {
          variables.remove(field.key());
        } else {
          variables.set(field.key(), bad.getValue());
        }
        variants.put(field.key() + ": " + bad.getKey(), variables);
      }
      if (field.type().equals("dynamiclist")) {
        for (Field rowField : field.rowFields()) {
          for (Map.Entry<String, JsonNode> bad : badFormValues(rowField).entrySet()) {
            ArrayNode rows = shown.containsKey(field.key()) ? shown.get(field.key()).deepCopy()
                : (ArrayNode) validValue(field, seed);
            ObjectNode row = (ObjectNode) rows.get(0);
            if (bad.getValue() == null) {
              row.remove(rowField.key());
            } else {
              // the value inside a row is plain JSON, not a {value, type} variable
              row.set(rowField.key(), bad.getValue().path("type").asText().equals("Json")
                  ? readTreeOrText(bad.getValue().path("value").asText()) : bad.getValue().path("value"));
            }
            ObjectNode variables = baseValues(form, seed + variants.size(), shown);
            variables.set(field.key(), variable(rows));
            variants.put(field.key() + "[0]." + rowField.key() + ": " + bad.getKey(), variables);
          }
        }
      }
    }
    return variants;
  }

  private static JsonNode readTreeOrText(String text) {
    try {
      return BadInputCorpus.JSON.readTree(text);
    } catch (IOException e) {
      return BadInputCorpus.NODES.textNode(text);
    }
  }

  /** Bad values of a form field, as {value, type} variables (null: the field left out). */
  private static Map<String, JsonNode> badFormValues(Field field) {
    Map<String, JsonNode> bad = new LinkedHashMap<>();
    bad.put("missing", null);
    bad.put("null", variable(BadInputCorpus.NODES.nullNode()));
    bad.put("empty", variable(BadInputCorpus.NODES.textNode("")));
    bad.put("markup", variable(BadInputCorpus.NODES.textNode(BadInputCorpus.MARKUP)));
    bad.put("5,000 characters", variable(BadInputCorpus.NODES.textNode("w".repeat(5_000))));
    bad.put("20,001 characters", variable(BadInputCorpus.NODES.textNode(BadInputCorpus.TOO_LONG)));
    bad.put("2,000,000 characters", variable(BadInputCorpus.NODES.textNode(BadInputCorpus.ABSURD)));
    bad.put("wrong declared type", BadInputCorpus.NODES.objectNode().put("value", "abc").put("type", "Integer"));
    bad.put("unknown type", BadInputCorpus.NODES.objectNode().put("value", "abc").put("type", "NoSuchType"));
    switch (field.type()) {
      case "number" -> {
        bad.put("text", variable(BadInputCorpus.NODES.textNode("abc")));
        bad.put("negative", variable(BadInputCorpus.NODES.numberNode(-5)));
        bad.put("fraction", variable(BadInputCorpus.NODES.numberNode(2.5)));
        bad.put("huge", variable(BadInputCorpus.NODES.numberNode(Long.MAX_VALUE)));
      }
      case "checkbox" -> bad.put("text", variable(BadInputCorpus.NODES.textNode("maybe")));
      case "datetime" -> {
        bad.put("30 February", variable(BadInputCorpus.NODES.textNode("2027-02-30")));
        bad.put("31/02/2027", variable(BadInputCorpus.NODES.textNode("31/02/2027")));
        bad.put("a number", variable(BadInputCorpus.NODES.numberNode(20270230)));
        bad.put("past", variable(BadInputCorpus.NODES.textNode("1900-01-01")));
      }
      case "select", "radio" -> bad.put("not an option", variable(BadInputCorpus.NODES.textNode("NOT_AN_OPTION")));
      case "dynamiclist" -> {
        bad.put("malformed JSON", BadInputCorpus.NODES.objectNode().put("value", "[{\"a\":").put("type", "Json"));
        bad.put("an object", variable(BadInputCorpus.NODES.objectNode().put("a", 1)));
        bad.put("a list of null", BadInputCorpus.NODES.objectNode().put("value", "[null]").put("type", "Json"));
        bad.put("a list of numbers", BadInputCorpus.NODES.objectNode().put("value", "[1,2,3]").put("type", "Json"));
        bad.put("text", variable(BadInputCorpus.NODES.textNode("not a list")));
        ArrayNode many = BadInputCorpus.NODES.arrayNode();
        ObjectNode row = (ObjectNode) validValue(field, 0).get(0);
        for (int i = 0; i < 300; i++) {
          many.add(row.deepCopy());
        }
        bad.put("300 rows", variable(many));
      }
      default -> {
        bad.put("a number", variable(BadInputCorpus.NODES.numberNode(12345)));
        bad.put("a boolean", variable(BadInputCorpus.NODES.booleanNode(true)));
        bad.put("expression", variable(BadInputCorpus.NODES.textNode("${1+1}")));
      }
    }
    return bad;
  }

  private HttpResponse<String> post(String user, String path, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", basic(user))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  // ---------------------------------------------------------------- checks

  /** How often each refusal message came back, per form: shows which rules the corpus reached. */
  private final Map<String, Map<String, Integer>> refusals = new TreeMap<>();

  private void check(String what, HttpResponse<String> response, Map<String, Long> before,
      java.util.function.BooleanSupplier unchanged) throws Exception {
    int status = response.statusCode();
    String form = what.startsWith("task form ") || what.startsWith("start form ") ? what.substring(0, what.indexOf(" [")) : "api";
    String outcome = status < 400 ? status + " accepted" : status + " " + message(response).replaceAll("[0-9][0-9,]*", "N")
        .replaceAll("ECG-N-N-N", "ECG-…");
    refusals.computeIfAbsent(form, k -> new TreeMap<>()).merge(outcome.length() > 110 ? outcome.substring(0, 110) : outcome, 1, Integer::sum);
    if (status >= 500) {
      failures.add(status + " " + what + ": " + BadInputCorpus.abbreviate(response.body()));
      return;
    }
    if (status >= 400) {
      String message = message(response);
      if (!readable(message)) {
        failures.add(status + " without a readable message " + what + ": " + BadInputCorpus.abbreviate(response.body()));
      }
      Map<String, Long> after = domainRowCounts();
      if (!after.equals(before)) {
        failures.add(status + " but written " + what + ": " + diff(before, after));
      }
      if (unchanged != null && !unchanged.getAsBoolean()) {
        failures.add(status + " but the task or instance changed " + what);
      }
    }
  }

  private static String message(HttpResponse<String> response) {
    String body = response.body();
    try {
      JsonNode json = BadInputCorpus.JSON.readTree(body);
      if (json != null && json.has("message")) {
        return json.path("message").asText();
      }
    } catch (IOException e) {
      // an HTML page: its text is the message
    }
    return body == null ? "" : body.replaceAll("<[^>]*>", " ").strip();
  }

  static boolean readable(String message) {
    return message != null && !message.isBlank() && !message.equals("null") && !message.contains("No message available")
        && !message.contains("\tat ") && !message.matches("(?s).*\\b[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*(Exception|Error)\\b.*");
  }

  private static String diff(Map<String, Long> before, Map<String, Long> after) {
    List<String> changed = new ArrayList<>();
    for (String table : after.keySet()) {
      if (!after.get(table).equals(before.get(table))) {
        changed.add(table + " " + before.get(table) + " -> " + after.get(table));
      }
    }
    return String.join(", ", changed);
  }

  /** Row counts of the domain's tables (every table but the engine's and Flyway's). */
  private Map<String, Long> domainRowCounts() throws Exception {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String schema = rs.getString("TABLE_SCHEM");
          String table = rs.getString("TABLE_NAME");
          if ((schema == null || !schema.equalsIgnoreCase("INFORMATION_SCHEMA"))
              && !table.toUpperCase().startsWith("ACT_") && !table.toLowerCase().startsWith("flyway")) {
            tables.add(table);
          }
        }
      }
      for (String table : tables) {
        try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  private String firstValue(String sql, String otherwise) throws Exception {
    try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : otherwise;
    } catch (java.sql.SQLException e) {
      return otherwise;
    }
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unused")
  private static <T> List<T> list(Iterator<T> iterator) {
    List<T> list = new ArrayList<>();
    iterator.forEachRemaining(list::add);
    return list;
  }
}
