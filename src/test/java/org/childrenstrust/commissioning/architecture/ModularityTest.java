package org.childrenstrust.commissioning.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.childrenstrust.commissioning.CommissioningApplication;
import org.childrenstrust.commissioning.meetings.GovernanceDecision;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries (Spring Modulith): features ({@code meetings} and those that follow),
 * {@code platform} and {@code shared} are application modules; a module uses another only through
 * its base package or a named interface, and there are no cycles. {@code mvn verify} fails on a
 * reach into another module's internals. The Documenter writes the diagrams the README links to.
 */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(CommissioningApplication.class);

  @Test
  void modulesKeepTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  void platformAndSharedAreModulesBesideTheFeatures() {
    assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
        .contains("meetings", "platform", "shared");
  }

  /**
   * Other features ask a body for a decision through the GovernanceDecision call activity and its
   * contract class, and through nothing else of meetings.
   */
  @Test
  void theOnlyWayIntoMeetingsIsTheGovernanceDecisionContract() {
    String meetings = GovernanceDecision.class.getPackageName();
    JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(CommissioningApplication.class.getPackageName());
    List<String> reaches = classes.stream()
        .filter(c -> !inPackage(c, meetings))
        .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
        .filter(d -> inPackage(d.getTargetClass(), meetings))
        .filter(d -> !d.getTargetClass().getName().startsWith(GovernanceDecision.class.getName()))
        // the bodies' names, groups and forward plans for the oversight feature: meetings' one other public type
        .filter(d -> !d.getTargetClass().getName().startsWith(org.childrenstrust.commissioning.meetings.GovernanceBodies.class.getName()))
        .map(d -> d.getDescription())
        .distinct()
        .toList();
    assertThat(reaches).as("uses of meetings other than its GovernanceDecision contract").isEmpty();
  }

  @Test
  void documentsTheModules() {
    new Documenter(MODULES)
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
    assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
  }

  /**
   * The README shows the modules and their dependencies as a Mermaid diagram; this keeps it true.
   * When a module or a dependency is added, the failure prints the block to paste.
   */
  @Test
  void theReadmeShowsTheModulesAsTheyAre() throws java.io.IOException {
    String expected = mermaid();
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
    assertThat(readme).as("README.md's module diagram (paste this block in place of the old one)").contains(expected);
  }

  static String mermaid() {
    StringBuilder text = new StringBuilder("```mermaid\nflowchart LR\n");
    MODULES.stream().sorted(java.util.Comparator.comparing(m -> m.getIdentifier().toString())).forEach(module -> {
      String id = module.getIdentifier().toString();
      text.append("  ").append(id).append("[\"").append(module.getDisplayName()).append("\"]\n");
    });
    MODULES.stream().sorted(java.util.Comparator.comparing(m -> m.getIdentifier().toString())).forEach(module ->
        module.getDirectDependencies(MODULES).uniqueModules()
            .map(target -> target.getIdentifier().toString()).sorted().distinct()
            .forEach(target -> text.append("  ").append(module.getIdentifier()).append(" --> ").append(target).append("\n")));
    return text.append("```").toString();
  }

  private static boolean inPackage(JavaClass type, String packageName) {
    return type.getPackageName().equals(packageName) || type.getPackageName().startsWith(packageName + ".");
  }
}
