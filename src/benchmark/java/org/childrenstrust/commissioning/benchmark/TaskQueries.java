package org.childrenstrust.commissioning.benchmark;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.childrenstrust.commissioning.platform.identity.TasklistFilters;

/**
 * Tasklist's "My group's tasks" as a person runs it: the stored filter (candidate group in the
 * user's groups, claimed or not), sorted newest first, the first page of 15 and the count, with
 * authorization on. Through the Java API (the user authenticated, the filter service) and through
 * {@code /engine-rest} with the user's own HTTP Basic credentials, as Tasklist asks it.
 */
final class TaskQueries {

  static final int PAGE = 15;

  private final ProcessEngine engine;
  private final String user;
  private final List<String> groups;
  private final String filterId;
  private final TaskQueryClient rest;

  TaskQueries(ProcessEngine engine, String user, String password, List<String> groups, int port) {
    this.engine = engine;
    this.user = user;
    this.groups = groups;
    Filter filter = engine.getFilterService().createTaskFilterQuery().filterName(TasklistFilters.MY_GROUPS_TASKS).singleResult();
    if (filter == null) {
      throw new IllegalStateException("no Tasklist filter '" + TasklistFilters.MY_GROUPS_TASKS + "'");
    }
    this.filterId = filter.getId();
    this.rest = new TaskQueryClient(port, user, password, filterId);
  }

  String filterId() {
    return filterId;
  }

  /** The first page and the count through the Java API; returns the count. */
  long java() {
    var identity = engine.getIdentityService();
    identity.setAuthentication(user, groups);
    try {
      List<Task> page = engine.getFilterService().listPage(filterId,
          engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc(), 0, PAGE);
      long count = engine.getFilterService().count(filterId);
      if (page.size() != Math.min(PAGE, count)) {
        throw new IllegalStateException("a page of " + page.size() + " of " + count + " tasks");
      }
      return count;
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The same through /engine-rest; returns the count. */
  long rest() {
    return rest.myGroupsTasks();
  }

  /** The cheapest authenticated call (the user's own profile): what every REST request costs before its work. */
  void restBaseline() {
    rest.baseline();
  }
}
