package org.childrenstrust.commissioning.meetings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.childrenstrust.commissioning.meetings.FormRows.ActionRow;
import org.childrenstrust.commissioning.meetings.FormRows.AgendaItemRow;
import org.childrenstrust.commissioning.meetings.FormRows.AttendanceRow;
import org.childrenstrust.commissioning.meetings.FormRows.DeclarationRow;
import org.childrenstrust.commissioning.meetings.FormRows.ItemMinuteRow;

/**
 * Form data as Tasklist submits it: dynamic lists as JSON variables, built from the same row
 * records the services read (never hand-written JSON strings).
 */
final class MeetingFixtures {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MeetingFixtures() {}

  /** A dynamic list as Tasklist submits it. */
  static Object json(List<?> rows) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The rows a task's form shows in its dynamic list {@code name}. */
  static <T> List<T> formRows(TaskService taskService, Task task, String name, Class<T> rowType) {
    String json = ((SerializableValue) taskService.getVariableTyped(task.getId(), name, false)).getValueSerialized();
    try {
      return JSON.readValue(json, JSON.getTypeFactory().constructCollectionType(List.class, rowType));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The agenda the clerk's form shows, with {@code added} rows at the end. */
  static List<AgendaItemRow> agendaWith(TaskService taskService, Task draft, AgendaItemRow... added) {
    List<AgendaItemRow> rows = new ArrayList<>(formRows(taskService, draft, MeetingProcess.AGENDA_ITEMS, AgendaItemRow.class));
    rows.addAll(List.of(added));
    return rows;
  }

  /** A new agenda item (no number yet), Part A unless an exemption reason is given. */
  static AgendaItemRow newItem(String description, String lead, int minutes, String reportTitle, String exemptReason) {
    return new AgendaItemRow(null, null, description, lead, minutes, reportTitle == null ? "NONE" : "REPORT", reportTitle,
        exemptReason == null, exemptReason, null);
  }

  /** Minutes rows for every agenda item: noted, unless an outcome is given for that item number. */
  static List<ItemMinuteRow> itemMinutes(List<Integer> numbers, Map<Integer, String> outcomes) {
    List<ItemMinuteRow> rows = new ArrayList<>();
    for (Integer number : numbers) {
      rows.add(new ItemMinuteRow(number, null, "Discussed item " + number, null, outcomes.getOrDefault(number, "NOTED"),
          "Decision on item " + number, "Reasons for item " + number, "GO"));
    }
    return rows;
  }

  /** The chair, one apology, one substitute. */
  static List<AttendanceRow> attendance() {
    return List.of(
        new AttendanceRow("Grace Okafor", "County Council", "PRESENT", true, null),
        new AttendanceRow("Meera Joshi", "NHS", "APOLOGIES", null, null),
        new AttendanceRow("Sam Rowe", "Constabulary", "SUBSTITUTE", null, "Tom Hadley"));
  }

  static DeclarationRow declaration(int item, String person, String kind, String details) {
    return new DeclarationRow(item, person, kind, details);
  }

  static ActionRow action(int item, String description, String owner, String email, String due) {
    return new ActionRow(item, description, owner, email, due);
  }
}
