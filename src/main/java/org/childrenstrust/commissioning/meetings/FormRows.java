package org.childrenstrust.commissioning.meetings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The rows of the meeting forms' dynamic lists, as Tasklist submits them (JSON). */
final class FormRows {

  private FormRows() {}

  /** A row of the clerk's agenda: an existing item keeps its number; a new row has none. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AgendaItemRow(Integer number, Integer position, String description, String leadOfficer, Integer durationMinutes,
      String attachmentKind, String attachmentTitle, Boolean publicItem, String exemptReason, String startsAt) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record AttendanceRow(String personName, String organisation, String status, Boolean chair,
      String substituteFor) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ItemMinuteRow(Integer number, String description, String business, String factsNoted,
      String outcome, String decision, String rationale, String leads) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DeclarationRow(Integer itemNumber, String personName, String kind, String details) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ActionRow(Integer itemNumber, String description, String ownerName, String ownerEmail,
      String dueDate) {}
}
