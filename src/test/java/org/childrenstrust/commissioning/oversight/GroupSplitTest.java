package org.childrenstrust.commissioning.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class GroupSplitTest {

  private static final List<Integer> TWELVE = IntStream.rangeClosed(1, 12).boxed().toList();

  private static List<String> members(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> String.format("m%02d", i)).toList();
  }

  @Test
  void twoMembersMakeTwoGroupsOfOneEachWithHalfTheQuestions() {
    assertThat(GroupSplit.split(List.of("marcus.reid", "hannah.wells"), TWELVE)).containsExactly(
        new GroupSplit.Group(1, List.of("hannah.wells"), List.of(1, 2, 3, 4, 5, 6)),
        new GroupSplit.Group(2, List.of("marcus.reid"), List.of(7, 8, 9, 10, 11, 12)));
  }

  @Test
  void sevenMembersAreDealtIntoTwoGroupsOfFourAndThree() {
    List<GroupSplit.Group> groups = GroupSplit.split(members(7), TWELVE);
    assertThat(groups).extracting(GroupSplit.Group::members)
        .containsExactly(List.of("m01", "m03", "m05", "m07"), List.of("m02", "m04", "m06"));
  }

  @Test
  void twelveMembersMakeFourGroupsOfThreeSoEveryQuestionIsScoredTwice() {
    List<GroupSplit.Group> groups = GroupSplit.split(members(12), TWELVE);
    assertThat(groups).hasSize(4).allSatisfy(g -> assertThat(g.members()).hasSize(3));
    assertThat(groups).extracting(GroupSplit.Group::questions).containsExactly(TWELVE.subList(0, 6), TWELVE.subList(6, 12),
        TWELVE.subList(0, 6), TWELVE.subList(6, 12));
  }

  @Test
  void everyMemberIsInExactlyOneGroupAndEveryGroupHasSixQuestions() {
    for (int n = 2; n <= 30; n++) {
      List<GroupSplit.Group> groups = GroupSplit.split(members(n), TWELVE);
      assertThat(groups.stream().flatMap(g -> g.members().stream()).sorted().toList()).isEqualTo(members(n));
      assertThat(groups).allSatisfy(g -> assertThat(g.questions()).hasSize(6));
      assertThat(groups.stream().flatMap(g -> g.questions().stream()).distinct().count()).isEqualTo(12);
      assertThat(groups).allSatisfy(g -> assertThat(g.members().size()).isBetween(1, 5));
    }
  }

  @Test
  void fewerThanTwoMembersOrAQuestionnaireNotOfTwelveIsRefused() {
    assertThatThrownBy(() -> GroupSplit.split(List.of("hannah.wells"), TWELVE)).isInstanceOf(BusinessRuleViolation.class)
        .hasMessageContaining("needs at least two");
    assertThatThrownBy(() -> GroupSplit.split(members(4), TWELVE.subList(0, 11))).isInstanceOf(BusinessRuleViolation.class)
        .hasMessage("The questionnaire has 11 questions; the self-analysis needs 12 (six for each group).");
  }
}
