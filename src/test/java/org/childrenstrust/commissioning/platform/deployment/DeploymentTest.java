package org.childrenstrust.commissioning.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.childrenstrust.commissioning.platform.ModelFiles;
import org.childrenstrust.commissioning.platform.PlatformWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What is in processes/ and forms/ is what the application deploys, and every form a process names
 * is there for Tasklist to show.
 */
class DeploymentTest extends PlatformWebTest {

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;

  @Test
  void thereIsAtLeastOneProcessModel() {
    assertThat(ModelFiles.files(ModelFiles.PROCESSES, ".bpmn"))
        .as("BPMN models in %s", ModelFiles.PROCESSES.toAbsolutePath()).isNotEmpty();
  }

  @Test
  void everyModelAndFormIsDeployed() {
    Set<String> deployed = deployedResourceNames();
    List<Path> files = new ArrayList<>(ModelFiles.files(ModelFiles.PROCESSES, ".bpmn", ".dmn"));
    files.addAll(ModelFiles.files(ModelFiles.FORMS, ".form"));

    assertThat(files).as("files not deployed; deployed resources: %s", deployed)
        .allMatch(file -> ModelFiles.isDeployed(file, deployed));
  }

  @Test
  void everyProcessIsDeployedAndEveryFormItNamesResolves() {
    List<String> unresolved = new ArrayList<>();
    for (Path file : ModelFiles.files(ModelFiles.PROCESSES, ".bpmn")) {
      for (Process process : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
        if (!process.isExecutable()) {
          continue;
        }
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
            .processDefinitionKey(process.getId()).latestVersion().singleResult();
        assertThat(definition).as("process %s of %s is deployed", process.getId(), file).isNotNull();
        unresolved.addAll(FormRefs.unresolved(engine, definition));
      }
    }
    assertThat(unresolved).isEmpty();
  }

  @Test
  void everyFormIsAFormDefinitionOfTheEngine() {
    for (Path file : ModelFiles.files(ModelFiles.FORMS, ".form")) {
      String id = ModelFiles.formId(file);
      assertThat(FormRefs.latestForm(engine, id)).as("form %s (%s) deployed", id, file).isNotNull();
    }
  }

  @Test
  void aFormRefWithoutItsFormIsReported() {
    Deployment deployment = repositoryService.createDeployment().name("quality-fixture-without-form")
        .addClasspathResource("quality/good/QualityGood.bpmn").deploy();

    assertThat(FormRefs.unresolved(engine, definition(deployment, "QualityGood")))
        .singleElement().asString().contains("Task_DraftMinutes").contains("minutes-draft");
  }

  @Test
  void aFormRefWithItsFormResolves() {
    Deployment deployment = repositoryService.createDeployment().name("quality-fixture-with-form")
        .addClasspathResource("quality/good/QualityGood.bpmn")
        .addClasspathResource("quality/forms/minutes-draft.form").deploy();

    assertThat(FormRefs.unresolved(engine, definition(deployment, "QualityGood"))).isEmpty();
    assertThat(ModelFiles.formId(getClass().getClassLoader().getResourceAsStream("quality/forms/minutes-draft.form")))
        .isEqualTo("minutes-draft");
    assertThat(FormRefs.latestForm(engine, "minutes-draft")).isNotNull();
  }

  @Test
  void aFileIsDeployedOnlyWhenADeploymentHasIt() {
    Deployment deployment = repositoryService.createDeployment().name("quality-fixture-resources")
        .addClasspathResource("quality/good/QualityGood.bpmn").deploy();
    List<String> names = repositoryService.getDeploymentResourceNames(deployment.getId());

    assertThat(ModelFiles.isDeployed(Path.of("quality/good/QualityGood.bpmn"), names)).isTrue();
    assertThat(ModelFiles.isDeployed(Path.of("quality/bad/QualityBad.bpmn"), names)).isFalse();
  }

  private ProcessDefinition definition(Deployment deployment, String key) {
    return repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId())
        .processDefinitionKey(key).singleResult();
  }

  private Set<String> deployedResourceNames() {
    Set<String> names = new TreeSet<>();
    for (Deployment deployment : repositoryService.createDeploymentQuery().list()) {
      names.addAll(repositoryService.getDeploymentResourceNames(deployment.getId()));
    }
    return names;
  }
}
