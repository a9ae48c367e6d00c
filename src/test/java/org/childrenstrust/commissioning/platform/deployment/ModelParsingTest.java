package org.childrenstrust.commissioning.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.childrenstrust.commissioning.platform.ModelFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every processes/*.bpmn and *.dmn deploys on a plain engine without Spring (camunda.cfg.xml):
 * the engine's own parser accepts it (BPMN semantics, expressions, timers, DMN tables, history
 * time to live). Proven on the quality fixtures.
 */
class ModelParsingTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("camunda.cfg.xml").build();

  private static final Path NO_MODELS = Path.of("(no models in processes/)");

  static Stream<Path> models() {
    List<Path> models = ModelFiles.files(ModelFiles.PROCESSES, ".bpmn", ".dmn");
    return models.isEmpty() ? Stream.of(NO_MODELS) : models.stream();
  }

  @AfterEach
  void undeploy() {
    RepositoryService repositoryService = engine.getRepositoryService();
    repositoryService.createDeploymentQuery().list()
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyModelDeploysOnAPlainEngine(Path model) throws IOException {
    Assumptions.assumeFalse(model == NO_MODELS, "processes/ has no models; DeploymentTest insists on at least one");

    Deployment deployment = deploy(model);

    assertThat(engine.getRepositoryService().getDeploymentResourceNames(deployment.getId()))
        .containsExactly(model.getFileName().toString());
    long definitions = engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment.getId()).count()
        + engine.getRepositoryService().createDecisionDefinitionQuery().deploymentId(deployment.getId()).count();
    assertThat(definitions).as("definitions in %s", model).isPositive();
  }

  @Test
  void theGoodFixturesDeploy() throws IOException {
    deploy(fixture("quality/good/QualityGood.bpmn"));
    deploy(fixture("quality/good/PublicationRules.dmn"));

    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("QualityGood").count())
        .isEqualTo(1);
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("PublicationRules").count())
        .isEqualTo(1);
  }

  @Test
  void aModelTheEngineRejectsFails() {
    Path bad = fixture("quality/bad/QualityBad.bpmn");

    assertThatThrownBy(() -> deploy(bad)).isInstanceOf(ParseException.class).hasMessageContaining("historyTimeToLive");
  }

  private static Deployment deploy(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return engine.getRepositoryService().createDeployment()
          .name(file.getFileName().toString())
          .addInputStream(file.getFileName().toString(), in)
          .deploy();
    }
  }

  private static Path fixture(String resource) {
    try {
      return Path.of(ModelParsingTest.class.getClassLoader().getResource(resource).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
