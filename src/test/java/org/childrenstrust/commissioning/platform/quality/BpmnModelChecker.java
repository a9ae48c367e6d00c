package org.childrenstrust.commissioning.platform.quality;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaConnector;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.xml.ModelException;

/**
 * The house rules for BPMN models, checked on every {@code processes/*.bpmn} by
 * {@link ModelQualityTest}. Each rule is one {@link Rule}; a model passes when {@link #check}
 * returns no violations.
 *
 * <ul>
 *   <li>{@link Rule#PARSE}: the file is a BPMN 2.0 model that Camunda's model API reads.
 *   <li>{@link Rule#EXECUTABLE_PROCESS}: the file has exactly one executable process.
 *   <li>{@link Rule#FILE_NAME}: that process's id is the file name without {@code .bpmn}
 *       ({@code AgendaToMinutes.bpmn} holds process {@code AgendaToMinutes}).
 *   <li>{@link Rule#HISTORY_TIME_TO_LIVE}: every executable process has
 *       {@code camunda:historyTimeToLive} (the engine enforces it at deployment too).
 *   <li>{@link Rule#GENERATED_ID}: no flow node, sequence flow, message, signal, error or
 *       escalation keeps an id the Modeler generated: {@code Activity_0abc123},
 *       {@code Flow_1x2y3z4}, {@code Gateway_0k1l2m3} (a type, an underscore and seven base-36
 *       characters of which at least one is a digit: the Modeler's ids always start with 0 or 1
 *       there) or {@code StartEvent_1}, {@code Task_12} (a type, an underscore and a number).
 *       {@code Task_approve} is a chosen id and is fine.
 *   <li>{@link Rule#ID_PREFIX}: ids start with the prefix of their element type, then a
 *       meaningful part ({@code Task_ApproveMinutes}); see {@link #PREFIXES}:
 *       <table>
 *         <caption>Id prefixes</caption>
 *         <tr><td>every task (user, service, send, receive, script, business rule, manual)</td><td>{@code Task_}</td></tr>
 *         <tr><td>every gateway</td><td>{@code Gateway_}</td></tr>
 *         <tr><td>every event (start, end, intermediate, boundary)</td><td>{@code Event_}</td></tr>
 *         <tr><td>sequence flow</td><td>{@code Flow_}</td></tr>
 *         <tr><td>sub-process, event sub-process, transaction</td><td>{@code SubProcess_}</td></tr>
 *         <tr><td>call activity</td><td>{@code Call_} or {@code Activity_}</td></tr>
 *         <tr><td>message, signal, error, escalation</td><td>{@code Message_}, {@code Signal_}, {@code Error_}, {@code Escalation_}</td></tr>
 *       </table>
 *   <li>{@link Rule#NAME}: every flow node has a name, except parallel and event-based gateways
 *       and joining gateways (one outgoing flow), which ask no question (as bpmnlint's
 *       label-required).
 *   <li>{@link Rule#FLOW_NAME}: the flows leaving a splitting exclusive, inclusive or complex
 *       gateway are named (the answer: "yes", "no", "approved"), and so is every flow with a
 *       condition. Other flows need no name.
 *   <li>{@link Rule#DIAGRAM}: every flow node has a BPMN shape and every sequence flow a BPMN
 *       edge, so that Cockpit and Tasklist draw the whole process.
 *   <li>{@link Rule#FORM_REF}: every user task has a Camunda Form: {@code camunda:formRef} and
 *       {@code camunda:formRefBinding} (latest, deployment or version).
 *   <li>{@link Rule#ASSIGNMENT}: every user task has {@code camunda:candidateGroups},
 *       {@code camunda:candidateUsers} or {@code camunda:assignee}, so somebody sees it.
 *   <li>{@link Rule#ASYNC}: every service task, send task and business rule task that runs code
 *       ({@code camunda:class}, {@code camunda:delegateExpression}, {@code camunda:expression}) or
 *       a connector ({@code camunda:connector}) is {@code camunda:asyncBefore="true"}: it may call
 *       another system, and a failure must become a retried job and an incident, not an error
 *       for the person who completed the task before it. External tasks
 *       ({@code camunda:type="external"}) are asynchronous anyway; business rule tasks calling a
 *       DMN decision ({@code camunda:decisionRef}) need not be.
 *   <li>{@link Rule#RETRY_CYCLE}: every asynchronous element ({@code camunda:asyncBefore} or
 *       {@code camunda:asyncAfter}) has {@code camunda:failedJobRetryTimeCycle}
 *       (e.g. {@code R5/PT10M}): the engine's default is three immediate retries, which turns a
 *       mail server's restart into an incident.
 *   <li>{@link Rule#FEATURE_BEAN}: a model names (in any {@code ${...}} expression) only Spring
 *       beans of its own feature or of {@code platform}: the feature is the model's folder under
 *       {@code processes/} ({@code processes/meetings/AgendaToMinutes.bpmn} belongs to
 *       {@code meetings}; {@code processes/grants/abg/...} to {@code grants.abg}). A model outside a
 *       feature folder is reported too. Checked when the checker knows the application's beans.
 * </ul>
 */
public final class BpmnModelChecker {

  /** The rules; see the class comment. */
  public enum Rule {
    PARSE, EXECUTABLE_PROCESS, FILE_NAME, HISTORY_TIME_TO_LIVE, GENERATED_ID, ID_PREFIX, NAME,
    FLOW_NAME, DIAGRAM, FORM_REF, ASSIGNMENT, ASYNC, RETRY_CYCLE, FEATURE_BEAN
  }

  /** The root package of the application; a feature's beans live below it. */
  public static final String ROOT_PACKAGE = "org.childrenstrust.commissioning";
  private static final Pattern EXPRESSION_HEAD = Pattern.compile("[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

  /** Bean name to the package of the class that declares it; empty: the bean rule is not checked. */
  private final Map<String, String> beanPackages;

  public BpmnModelChecker() {
    this(Map.of());
  }

  public BpmnModelChecker(Map<String, String> beanPackages) {
    this.beanPackages = Map.copyOf(beanPackages);
  }

  /** One broken rule: which file, which element, what to do about it. */
  public record Violation(String file, String elementId, Rule rule, String message) {
    @Override
    public String toString() {
      return file + ": " + elementId + ": " + rule + ": " + message;
    }
  }

  /** Allowed id prefixes per element type; the first matching type wins (most specific first). */
  public static final Map<Class<? extends BaseElement>, List<String>> PREFIXES = prefixes();

  private static final Pattern GENERATED_RANDOM = Pattern.compile("^[A-Za-z]+_(?=[0-9a-z]*[0-9])[0-9a-z]{7}$");
  private static final Pattern GENERATED_NUMBER = Pattern.compile("^[A-Za-z]+_[0-9]+$");
  private static final Set<String> FORM_REF_BINDINGS = Set.of("latest", "deployment", "version");
  private static final String CAMUNDA = BpmnModelConstants.CAMUNDA_NS;

  private static Map<Class<? extends BaseElement>, List<String>> prefixes() {
    Map<Class<? extends BaseElement>, List<String>> prefixes = new LinkedHashMap<>();
    prefixes.put(Task.class, List.of("Task_"));
    prefixes.put(Gateway.class, List.of("Gateway_"));
    prefixes.put(Event.class, List.of("Event_"));
    prefixes.put(SequenceFlow.class, List.of("Flow_"));
    prefixes.put(SubProcess.class, List.of("SubProcess_"));
    prefixes.put(CallActivity.class, List.of("Call_", "Activity_"));
    prefixes.put(Message.class, List.of("Message_"));
    prefixes.put(Signal.class, List.of("Signal_"));
    prefixes.put(Error.class, List.of("Error_"));
    prefixes.put(Escalation.class, List.of("Escalation_"));
    return prefixes;
  }

  /** Whether an id looks like one the Modeler made up. */
  public static boolean isGeneratedId(String id) {
    return id != null && (GENERATED_RANDOM.matcher(id).matches() || GENERATED_NUMBER.matcher(id).matches());
  }

  /** Checks a model in the project's {@code processes/} folder; its feature is its folder. */
  public List<Violation> check(Path processesRoot, Path file) {
    Path folder = processesRoot.relativize(file).getParent();
    String feature = folder == null ? "" : folder.toString().replace('\\', '/').replace('/', '.');
    return check(file, feature);
  }

  /** Checks a model that belongs to {@code feature} (a package below {@link #ROOT_PACKAGE}, e.g. "meetings"). */
  public List<Violation> check(Path file, String feature) {
    try (InputStream in = Files.newInputStream(file)) {
      return check(file.getFileName().toString(), feature, in);
    } catch (IOException e) {
      return List.of(new Violation(file.toString(), "-", Rule.PARSE, "cannot read the file: " + e.getMessage()));
    }
  }

  public List<Violation> check(Path file) {
    return check(file, (String) null);
  }

  public List<Violation> check(String fileName, InputStream in) {
    return check(fileName, null, in);
  }

  /** {@code feature} null: the bean rule is not checked (a fixture outside any feature). */
  public List<Violation> check(String fileName, String feature, InputStream in) {
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(in);
    } catch (ModelException e) {
      return List.of(new Violation(fileName, "-", Rule.PARSE, "not a valid BPMN 2.0 model: " + e.getMessage()));
    }
    return new Run(fileName, feature, model, beanPackages).check();
  }

  /** One file's check. */
  private static final class Run {
    private final String file;
    private final String feature;
    private final BpmnModelInstance model;
    private final Map<String, String> beanPackages;
    private final List<Violation> violations = new ArrayList<>();

    Run(String file, String feature, BpmnModelInstance model, Map<String, String> beanPackages) {
      this.file = file;
      this.feature = feature;
      this.model = model;
      this.beanPackages = beanPackages;
    }

    List<Violation> check() {
      processes();
      Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
      Collection<SequenceFlow> flows = model.getModelElementsByType(SequenceFlow.class);
      for (FlowNode node : nodes) {
        ids(node);
        name(node);
      }
      for (SequenceFlow flow : flows) {
        ids(flow);
        flowName(flow);
      }
      for (Class<? extends BaseElement> type : List.of(Message.class, Signal.class, Error.class, Escalation.class)) {
        model.getModelElementsByType(type).forEach(this::ids);
      }
      diagram(nodes, flows);
      model.getModelElementsByType(UserTask.class).forEach(this::userTask);
      model.getModelElementsByType(ServiceTask.class).forEach(this::async);
      model.getModelElementsByType(SendTask.class).forEach(this::async);
      model.getModelElementsByType(BusinessRuleTask.class).forEach(this::async);
      model.getModelElementsByType(FlowNode.class).forEach(this::retryCycle);
      if (feature != null) {
        featureBeans();
      }
      violations.sort(Comparator.comparing(Violation::elementId).thenComparing(Violation::rule));
      return violations;
    }

    private void processes() {
      String expectedId = file.endsWith(".bpmn") ? file.substring(0, file.length() - ".bpmn".length()) : file;
      List<Process> executable = model.getModelElementsByType(Process.class).stream()
          .filter(Process::isExecutable).toList();
      if (executable.size() != 1) {
        report("-", Rule.EXECUTABLE_PROCESS, "has " + executable.size()
            + " executable processes; a file holds exactly one (isExecutable=\"true\")");
      }
      for (Process process : executable) {
        if (!process.getId().equals(expectedId)) {
          report(process.getId(), Rule.FILE_NAME, "process id '" + process.getId()
              + "' differs from the file name; name the file " + process.getId() + ".bpmn or the process " + expectedId);
        }
        if (blank(process.getCamundaHistoryTimeToLiveString())) {
          report(process.getId(), Rule.HISTORY_TIME_TO_LIVE,
              "set camunda:historyTimeToLive (days the history of a finished instance is kept)");
        }
      }
    }

    private void ids(BaseElement element) {
      String id = element.getId();
      if (isGeneratedId(id)) {
        report(id, Rule.GENERATED_ID, "the Modeler generated this id; give the "
            + element.getElementType().getTypeName() + " an id that says what it is"
            + (expectedPrefixes(element).get(0).isEmpty() ? "" : ", starting with " + expectedPrefixes(element).get(0)));
        return;
      }
      List<String> prefixes = expectedPrefixes(element);
      boolean ok = prefixes.stream().anyMatch(p -> id.startsWith(p) && id.length() > p.length());
      if (!ok) {
        report(id, Rule.ID_PREFIX, "a " + element.getElementType().getTypeName() + "'s id starts with "
            + String.join(" or ", prefixes));
      }
    }

    private static List<String> expectedPrefixes(BaseElement element) {
      return PREFIXES.entrySet().stream()
          .filter(e -> e.getKey().isInstance(element))
          .map(Map.Entry::getValue)
          .findFirst()
          .orElse(List.of(""));
    }

    private void name(FlowNode node) {
      if (node instanceof ParallelGateway || node instanceof EventBasedGateway
          || (node instanceof Gateway && node.getOutgoing().size() <= 1)) {
        return;
      }
      if (blank(node.getName())) {
        report(node.getId(), Rule.NAME, "give the " + node.getElementType().getTypeName()
            + " a name that people read in Tasklist and Cockpit");
      }
    }

    private void flowName(SequenceFlow flow) {
      FlowNode source = flow.getSource();
      boolean fromSplit = (source instanceof ExclusiveGateway || source instanceof InclusiveGateway
          || source instanceof ComplexGateway) && source.getOutgoing().size() > 1;
      if ((fromSplit || flow.getConditionExpression() != null) && blank(flow.getName())) {
        report(flow.getId(), Rule.FLOW_NAME, "name the flow leaving gateway '"
            + (source == null ? "?" : source.getId()) + "' with the answer it stands for");
      }
    }

    private void diagram(Collection<FlowNode> nodes, Collection<SequenceFlow> flows) {
      Set<String> drawn = new HashSet<>();
      for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
        drawn.add(shape.getAttributeValue("bpmnElement"));
      }
      for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
        drawn.add(edge.getAttributeValue("bpmnElement"));
      }
      for (FlowNode node : nodes) {
        if (!drawn.contains(node.getId())) {
          report(node.getId(), Rule.DIAGRAM, "has no shape in the diagram (BPMNShape)");
        }
      }
      for (SequenceFlow flow : flows) {
        if (!drawn.contains(flow.getId())) {
          report(flow.getId(), Rule.DIAGRAM, "has no edge in the diagram (BPMNEdge)");
        }
      }
    }

    private void userTask(UserTask task) {
      if (blank(task.getCamundaFormRef())) {
        report(task.getId(), Rule.FORM_REF, "link a Camunda Form: camunda:formRef and camunda:formRefBinding");
      } else if (blank(task.getCamundaFormRefBinding()) || !FORM_REF_BINDINGS.contains(task.getCamundaFormRefBinding())) {
        report(task.getId(), Rule.FORM_REF, "set camunda:formRefBinding to latest, deployment or version");
      }
      if (blank(task.getCamundaCandidateGroups()) && blank(task.getCamundaCandidateUsers())
          && blank(task.getCamundaAssignee())) {
        report(task.getId(), Rule.ASSIGNMENT, "set camunda:candidateGroups (or an assignee) so somebody sees the task");
      }
    }

    private void async(Task task) {
      boolean external = "external".equals(task.getAttributeValueNs(CAMUNDA, "type"));
      boolean runsCode = !blank(task.getAttributeValueNs(CAMUNDA, "class"))
          || !blank(task.getAttributeValueNs(CAMUNDA, "delegateExpression"))
          || !blank(task.getAttributeValueNs(CAMUNDA, "expression"))
          || hasConnector(task);
      boolean asyncBefore = "true".equals(task.getAttributeValueNs(CAMUNDA, "asyncBefore"))
          || "true".equals(task.getAttributeValueNs(CAMUNDA, "async"));
      if (runsCode && !external && !asyncBefore) {
        report(task.getId(), Rule.ASYNC, "set camunda:asyncBefore=\"true\": a step that runs code or a connector"
            + " is a job, retried and shown as an incident when it fails");
      }
    }

    private void retryCycle(FlowNode node) {
      boolean async = "true".equals(node.getAttributeValueNs(CAMUNDA, "asyncBefore"))
          || "true".equals(node.getAttributeValueNs(CAMUNDA, "asyncAfter"))
          || "true".equals(node.getAttributeValueNs(CAMUNDA, "async"));
      if (async && (node.getExtensionElements() == null || node.getExtensionElements().getElementsQuery()
          .filterByType(CamundaFailedJobRetryTimeCycle.class).count() == 0)) {
        report(node.getId(), Rule.RETRY_CYCLE, "add camunda:failedJobRetryTimeCycle (e.g. R5/PT10M) to the"
            + " asynchronous step: without it a failure is retried three times at once and becomes an incident");
      }
    }

    /** Every bean a ${...} expression of the model names belongs to the model's feature or to platform. */
    private void featureBeans() {
      if (feature.isEmpty()) {
        report("-", Rule.FEATURE_BEAN, "the model is not in a feature folder: move it to processes/<feature>/");
        return;
      }
      org.w3c.dom.Document document = (org.w3c.dom.Document) model.getDocument().getDomSource().getNode();
      collect(document.getDocumentElement(), "-");
    }

    /** Walks the XML; {@code owner} is the id of the nearest element with one (the one reported). */
    private void collect(org.w3c.dom.Element dom, String owner) {
      String id = dom.hasAttribute("id") ? dom.getAttribute("id") : owner;
      Set<String> names = new java.util.TreeSet<>();
      org.w3c.dom.NamedNodeMap attributes = dom.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        heads(attributes.item(i).getNodeValue(), names);
      }
      for (org.w3c.dom.Node child = dom.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE || child.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
          heads(child.getNodeValue(), names);
        } else if (child instanceof org.w3c.dom.Element nested) {
          collect(nested, id);
        }
      }
      String own = ROOT_PACKAGE + "." + feature;
      String platform = ROOT_PACKAGE + ".platform";
      for (String bean : names) {
        String beanPackage = beanPackages.get(bean);
        if (beanPackage != null && !within(beanPackage, own) && !within(beanPackage, platform)) {
          report(id, Rule.FEATURE_BEAN, "names bean '" + bean + "' of " + beanPackage + "; a model of "
              + feature + " names only beans of its own feature or of platform");
        }
      }
    }

    private static void heads(String text, Set<String> names) {
      if (text == null) {
        return;
      }
      java.util.regex.Matcher matcher = EXPRESSION_HEAD.matcher(text);
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
    }

    private static boolean within(String packageName, String parent) {
      return packageName.equals(parent) || packageName.startsWith(parent + ".");
    }

    private static boolean hasConnector(Task task) {
      ExtensionElements extensions = task.getExtensionElements();
      return extensions != null && extensions.getElementsQuery().filterByType(CamundaConnector.class).count() > 0;
    }

    private void report(String elementId, Rule rule, String message) {
      violations.add(new Violation(file, elementId, rule, message));
    }

    private static boolean blank(String value) {
      return value == null || value.isBlank();
    }
  }
}
