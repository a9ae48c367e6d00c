package org.childrenstrust.commissioning.oversight.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** A small group of the body's members in an exercise: the user ids of its members. */
@Entity
@Table(name = "ov_exercise_group")
public class ExerciseGroup {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long exerciseId;
  private int groupNumber;
  private String members;

  protected ExerciseGroup() {}

  public ExerciseGroup(Long exerciseId, int groupNumber, List<String> memberIds) {
    this.exerciseId = exerciseId;
    this.groupNumber = groupNumber;
    this.members = String.join(",", memberIds);
  }

  public List<String> memberIds() {
    return Arrays.stream(members.split(",")).filter(s -> !s.isBlank()).toList();
  }

  public Long getId() { return id; }
  public Long getExerciseId() { return exerciseId; }
  public int getGroupNumber() { return groupNumber; }
  public String getMembers() { return members; }
}
