package org.childrenstrust.commissioning.platform.identity;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters every user gets. "My work" comes first (lowest priority number), so a person
 * lands on their own and their groups' unclaimed tasks, soonest due first. "Awaiting my decision" lists the approval steps: by
 * convention their task ids begin with {@value #DECISION_TASK_PREFIX}.
 */
@Component
public class TasklistFilters {

  public static final String DECISION_TASK_PREFIX = "Task_Approve";

  /** The filter Tasklist opens first: what is mine to do, soonest due first. */
  public static final String MY_WORK = "My work";
  public static final String MY_TASKS = "My tasks";
  public static final String MY_GROUPS_TASKS = "My group's tasks";
  public static final String AWAITING_MY_DECISION = "Awaiting my decision";
  public static final String ALL_TASKS = "All tasks (administrators)";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final IdentityProvisioning identityProvisioning;

  public TasklistFilters(FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService, IdentityProvisioning identityProvisioning) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.identityProvisioning = identityProvisioning;
  }

  public void provision() {
    List<String> everyone = GovernanceGroup.all().stream().map(GovernanceGroup::id).toList();
    ensure(MY_WORK, -20, "My tasks and my groups' unclaimed tasks, soonest due first",
        taskService.createTaskQuery()
            .or()
              .taskAssigneeExpression("${currentUser()}")
              .taskCandidateGroupInExpression("${currentUserGroups()}")
            .endOr()
            .orderByDueDate().asc()
            .orderByTaskCreateTime().asc(),
        everyone);
    ensure(MY_TASKS, -10, "Tasks assigned to me",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), everyone);
    ensure(MY_GROUPS_TASKS, -5, "Open tasks of my groups, claimed or not",
        taskService.createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks(),
        everyone);
    ensure(AWAITING_MY_DECISION, 0, "Approvals and decisions waiting for me or my groups",
        taskService.createTaskQuery()
            .taskDefinitionKeyLike(DECISION_TASK_PREFIX + "%")
            .or()
              .taskAssigneeExpression("${currentUser()}")
              .taskCandidateGroupInExpression("${currentUserGroups()}")
            .endOr(),
        everyone);
    ensure(ALL_TASKS, 10, "Every open task (administrators only)",
        taskService.createTaskQuery(), List.of(GovernanceGroup.ADMINISTRATORS_ID));
  }

  private void ensure(String name, int priority, String description, TaskQuery query, List<String> groups) {
    Filter filter = filterService.createTaskFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name)
          .setQuery(query)
          .setProperties(Map.of("priority", priority, "description", description, "refresh", true));
      filterService.saveFilter(filter);
    }
    for (String groupId : groups) {
      identityProvisioning.grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
