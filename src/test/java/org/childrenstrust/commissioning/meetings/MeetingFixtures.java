package org.childrenstrust.commissioning.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.plugin.variable.SpinValues;

/** Form data as Tasklist submits it: dynamic lists as JSON variables. */
final class MeetingFixtures {

  private MeetingFixtures() {}

  static Object json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  /** The agenda rows the clerk's form shows, as JSON text (to edit and submit back). */
  static String formList(TaskService taskService, Task task, String name) {
    return ((SerializableValue) taskService.getVariableTyped(task.getId(), name, false)).getValueSerialized();
  }

  /** Minutes rows for every agenda item: noted, unless an outcome is given for that item number. */
  static String itemMinutes(List<Integer> numbers, Map<Integer, String> outcomes) {
    List<String> rows = new ArrayList<>();
    for (Integer number : numbers) {
      String outcome = outcomes.getOrDefault(number, "NOTED");
      rows.add("{\"number\":" + number + ",\"business\":\"Discussed item " + number + "\",\"outcome\":\"" + outcome
          + "\",\"decision\":\"Decision on item " + number + "\",\"rationale\":\"Reasons for item " + number
          + "\",\"leads\":\"GO\"}");
    }
    return "[" + String.join(",", rows) + "]";
  }

  static final String ATTENDANCE = "[{\"personName\":\"Grace Okafor\",\"organisation\":\"County Council\",\"status\":\"PRESENT\",\"chair\":true},"
      + "{\"personName\":\"Meera Joshi\",\"organisation\":\"NHS\",\"status\":\"APOLOGIES\"},"
      + "{\"personName\":\"Sam Rowe\",\"organisation\":\"Constabulary\",\"status\":\"SUBSTITUTE\",\"substituteFor\":\"Tom Hadley\"}]";
}
