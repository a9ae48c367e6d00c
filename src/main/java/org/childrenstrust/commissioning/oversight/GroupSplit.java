package org.childrenstrust.commissioning.oversight;

import java.util.ArrayList;
import java.util.List;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/**
 * How a body's members are split into small groups and which questions each group scores. The
 * rule: the members in order of user id are dealt one by one into {@code max(2, members / 3)}
 * groups (so groups of about three, never fewer than two groups); odd-numbered groups score the
 * first six questions, even-numbered groups the last six. Every question is scored by at least one
 * group; with four or more groups each question by two or more, which shows the spread.
 */
final class GroupSplit {

  static final int QUESTIONS = 12;
  static final int QUESTIONS_PER_GROUP = 6;
  static final int MEMBERS_PER_GROUP = 3;

  record Group(int number, List<String> members, List<Integer> questions) {}

  private GroupSplit() {}

  static List<Group> split(List<String> members, List<Integer> questionNumbers) {
    if (questionNumbers.size() != QUESTIONS) {
      throw new BusinessRuleViolation("The questionnaire has " + questionNumbers.size() + " questions; the self-analysis needs "
          + QUESTIONS + " (six for each group).");
    }
    List<String> sorted = members.stream().filter(m -> m != null && !m.isBlank()).distinct().sorted().toList();
    if (sorted.size() < 2) {
      throw new BusinessRuleViolation("The body has " + sorted.size() + " member(s) in Tasklist; the self-analysis needs at least two, "
          + "one for each half of the questions.");
    }
    int groups = Math.max(2, sorted.size() / MEMBERS_PER_GROUP);
    List<Integer> ordered = questionNumbers.stream().sorted().toList();
    List<Group> result = new ArrayList<>();
    for (int g = 1; g <= groups; g++) {
      List<String> inGroup = new ArrayList<>();
      for (int i = g - 1; i < sorted.size(); i += groups) {
        inGroup.add(sorted.get(i));
      }
      List<Integer> questions = g % 2 == 1 ? ordered.subList(0, QUESTIONS_PER_GROUP) : ordered.subList(QUESTIONS_PER_GROUP, QUESTIONS);
      result.add(new Group(g, List.copyOf(inGroup), List.copyOf(questions)));
    }
    return result;
  }
}
