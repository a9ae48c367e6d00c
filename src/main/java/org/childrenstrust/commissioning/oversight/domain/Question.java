package org.childrenstrust.commissioning.oversight.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;

/** One of the self-analysis questions (data: administrators may reword them; exercises keep the wording they used). */
@Entity
@Table(name = "ov_question")
public class Question {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private int questionNumber;
  private String topic;
  private String wording;

  protected Question() {}

  /** Rewords the question: both the topic and the question itself are required. */
  public void reword(String newTopic, String newWording) {
    if (newTopic == null || newTopic.isBlank() || newWording == null || newWording.isBlank()) {
      throw new BusinessRuleViolation("A question needs its topic (e.g. 'Needs assessment') and its wording.");
    }
    topic = Texts.limit(newTopic.strip(), 100, "The topic");
    wording = Texts.limit(newWording.strip(), 1000, "The question");
  }

  public Long getId() { return id; }
  public int getQuestionNumber() { return questionNumber; }
  public String getTopic() { return topic; }
  public String getWording() { return wording; }
}
