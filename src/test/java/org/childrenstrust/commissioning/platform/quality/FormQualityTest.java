package org.childrenstrust.commissioning.platform.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.childrenstrust.commissioning.platform.ModelFiles;
import org.childrenstrust.commissioning.platform.quality.FormChecker.Rule;
import org.childrenstrust.commissioning.platform.quality.FormChecker.Violation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every Camunda Form in {@code forms/} keeps the house rules of {@link FormChecker}. */
class FormQualityTest {

  private final FormChecker checker = new FormChecker();

  @TestFactory
  Stream<DynamicTest> everyFormKeepsTheHouseRules() {
    List<Path> forms = ModelFiles.files(ModelFiles.FORMS, ".form");
    assertThat(forms).as("Camunda Forms in forms/").isNotEmpty();
    return forms.stream().map(form -> DynamicTest.dynamicTest(form.toString(),
        () -> assertThat(checker.check(ModelFiles.FORMS, form)).as("house rules broken in %s", form).isEmpty()));
  }

  @Test
  void reportsACollapsibleListAndAFormOutsideAFeatureFolder() {
    Path fixture = ModelQualityTest.fixture("quality/forms/collapsing-list.form");
    Path formsRoot = fixture.getParent();

    assertThat(checker.check(formsRoot, fixture)).extracting(Violation::field, Violation::rule)
        .containsExactlyInAnyOrder(tuple("-", Rule.FEATURE_FOLDER), tuple("attendance", Rule.LIST_COLLAPSE));
  }

  @Test
  void acceptsAListThatDoesNotCollapse() {
    Path fixture = ModelQualityTest.fixture("quality/forms/meetings/attendance.form");

    assertThat(checker.check("attendance.form", fixture)).isEmpty();
  }
}
