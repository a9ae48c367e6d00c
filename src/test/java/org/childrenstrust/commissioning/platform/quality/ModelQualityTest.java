package org.childrenstrust.commissioning.platform.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.childrenstrust.commissioning.platform.quality.BpmnModelChecker.Rule.*;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.childrenstrust.commissioning.platform.ModelFiles;
import org.childrenstrust.commissioning.platform.quality.BpmnModelChecker.Violation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every BPMN model in {@code processes/} keeps the house rules of {@link BpmnModelChecker}; the
 * checker itself is proven on a good and a deliberately bad fixture in
 * {@code src/test/resources/quality/}.
 */
class ModelQualityTest {

  private final BpmnModelChecker checker = new BpmnModelChecker();
  private static final Map<String, String> BEANS = ApplicationBeans.packagesByBeanName();

  @TestFactory
  Stream<DynamicTest> everyProcessModelKeepsTheHouseRules() {
    List<Path> models = ModelFiles.files(ModelFiles.PROCESSES, ".bpmn");
    if (models.isEmpty()) {
      return Stream.of(DynamicTest.dynamicTest("no BPMN model in processes/ yet",
          () -> Assumptions.abort("processes/ has no .bpmn file; DeploymentTest insists on at least one")));
    }
    BpmnModelChecker withBeans = new BpmnModelChecker(BEANS);
    return models.stream().map(model -> DynamicTest.dynamicTest(model.toString(),
        () -> assertThat(withBeans.check(ModelFiles.PROCESSES, model))
            .as("house rules broken in %s (see BpmnModelChecker)", model).isEmpty()));
  }

  @Test
  void knowsTheApplicationsBeansAndTheirFeatures() {
    assertThat(BEANS).containsEntry("draftAgendaForm", "org.childrenstrust.commissioning.meetings")
        .containsEntry("meetingRules", "org.childrenstrust.commissioning.meetings");
  }

  @Test
  void aModelNamesOnlyBeansOfItsOwnFeatureOrOfPlatform() {
    Map<String, String> beans = Map.of(
        "publishMinutes", "org.childrenstrust.commissioning.meetings",
        "publishNow", "org.childrenstrust.commissioning.grants.abg",
        "chair", "org.childrenstrust.commissioning.platform.identity");

    assertThat(new BpmnModelChecker(beans).check(fixture("quality/good/QualityGood.bpmn"), "meetings"))
        .extracting(Violation::elementId, Violation::rule)
        .containsExactly(tuple("Flow_Now", FEATURE_BEAN));
    assertThat(new BpmnModelChecker(beans).check(fixture("quality/good/QualityGood.bpmn"), "grants.abg"))
        .extracting(Violation::elementId, Violation::rule)
        .containsExactly(tuple("Task_PublishMinutes", FEATURE_BEAN));
    assertThat(new BpmnModelChecker(beans).check(fixture("quality/good/QualityGood.bpmn"), ""))
        .extracting(Violation::elementId, Violation::rule)
        .containsExactly(tuple("-", FEATURE_BEAN));
  }

  @Test
  void acceptsAModelThatKeepsEveryRule() {
    assertThat(checker.check(fixture("quality/good/QualityGood.bpmn"))).isEmpty();
  }

  @Test
  void reportsEveryBrokenRuleOfTheBadModelAndNothingElse() {
    List<Violation> violations = checker.check(fixture("quality/bad/QualityBad.bpmn"));

    assertThat(violations).extracting(Violation::elementId, Violation::rule).containsExactlyInAnyOrder(
        tuple("Process_Bad", FILE_NAME),
        tuple("Process_Bad", HISTORY_TIME_TO_LIVE),
        tuple("StartEvent_1", GENERATED_ID),
        tuple("Flow_0abc123", GENERATED_ID),
        tuple("Activity_0abc123", GENERATED_ID),
        tuple("Message_1a2b3c4", GENERATED_ID),
        tuple("Review_Agenda", ID_PREFIX),
        tuple("Review_Agenda", FORM_REF),
        tuple("Task_Approve", FORM_REF),
        tuple("Task_Approve", ASSIGNMENT),
        tuple("Flow_No", FLOW_NAME),
        tuple("Task_Publish", ASYNC),
        tuple("Task_Notify", ASYNC),
        tuple("Task_Notify", DIAGRAM),
        tuple("Task_Rules", ASYNC),
        tuple("Task_Rules", NAME),
        tuple("Event_Wait", RETRY_CYCLE),
        tuple("Flow_NotifiedToEnd", DIAGRAM));
    assertThat(violations).allSatisfy(v -> {
      assertThat(v.file()).isEqualTo("QualityBad.bpmn");
      assertThat(v.message()).isNotBlank();
    });
  }

  @Test
  void reportsAFileThatIsNotBpmn() {
    List<Violation> violations = checker.check("Broken.bpmn",
        new ByteArrayInputStream("<definitions>not BPMN".getBytes(StandardCharsets.UTF_8)));

    assertThat(violations).extracting(Violation::rule).containsExactly(PARSE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Activity_0abc123", "Gateway_1x2y3z4", "Flow_0k1l2m3", "Event_1m2n3o4", "StartEvent_1",
      "Process_1", "SequenceFlow_0h21x7r", "Task_12", "UserTask_1dmz6ha"})
  void recognisesIdsTheModelerGenerated(String id) {
    assertThat(BpmnModelChecker.isGeneratedId(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Task_ApproveMinutes", "Task_approve", "Flow_Approved", "Gateway_Quorate",
      "Event_MinutesApproved", "Task_Approve2010", "Call_ArchivePapers"})
  void acceptsChosenIds(String id) {
    assertThat(BpmnModelChecker.isGeneratedId(id)).isFalse();
  }

  static Path fixture(String resource) {
    try {
      return Path.of(ModelQualityTest.class.getClassLoader().getResource(resource).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
