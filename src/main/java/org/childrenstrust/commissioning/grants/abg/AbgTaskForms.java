package org.childrenstrust.commissioning.grants.abg;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.childrenstrust.commissioning.grants.abg.domain.Reallocation;
import org.childrenstrust.commissioning.grants.abg.domain.Underspend;
import org.childrenstrust.commissioning.platform.process.FormData;
import org.childrenstrust.commissioning.platform.process.TaskForm;
import org.childrenstrust.commissioning.platform.process.TaskSubject;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.money.Money;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

/** One small bean per ABG user task: what the form shows, and what it saves. */
@Configuration
class AbgTaskForms {

  static final String CONFIRM = "confirm";
  static final String NOT_CONFIRMED = "notConfirmed";

  /** A row of the approved priority list in a reallocation form. */
  record ItemRow(Integer rank, String reference, String title, BigDecimal cost, BigDecimal proposedAmount, String note,
      BigDecimal approvedAmount) {}

  static Long underspendId(DelegateTask task) {
    return FormData.id(task, AbgProcess.UNDERSPEND_ID);
  }

  static Long reallocationId(DelegateTask task) {
    return FormData.id(task, AbgProcess.REALLOCATION_ID);
  }

  @Bean
  TaskForm confirmUnderspendForm(UnderspendService underspends, AbgFormViews views) {
    return TaskForm.of(task -> {
      task.setVariableLocal(AbgProcess.UNDERSPEND_SUMMARY, views.underspendSummary(underspendId(task)));
      task.removeVariable(AbgProcess.CONFIRMATION);
      task.removeVariable(AbgProcess.CONFIRMATION_COMMENT);
    }, task -> {
      String choice = FormData.text(task, AbgProcess.CONFIRMATION);
      if (!CONFIRM.equals(choice) && !NOT_CONFIRMED.equals(choice)) {
        throw new BusinessRuleViolation("Choose whether you confirm the underspend.");
      }
      boolean confirmed = CONFIRM.equals(choice);
      underspends.confirm(underspendId(task), confirmed, FormData.text(task, AbgProcess.CONFIRMATION_COMMENT), FormData.currentUser(task));
      task.getExecution().setVariable(AbgProcess.UNDERSPEND_CONFIRMED, confirmed);
    });
  }

  @Bean
  TaskForm reviewReallocationForm(AbgFormViews views, AbgRules rules) {
    return TaskForm.of(task -> {
      // named after the reallocation, due when the Management Group is asked to have decided it
      TaskSubject.describe(task, rules.reallocationSubject(reallocationId(task)),
          java.time.LocalDate.parse(rules.reallocationDueDate(reallocationId(task))));
      task.setVariableLocal(AbgProcess.REALLOCATION_SUMMARY, views.reallocationSummary(reallocationId(task)));
      FormData.putList(task, AbgProcess.REALLOCATION_ITEMS, views.itemRows(reallocationId(task)));
    }, task -> { });
  }

  @Bean
  TaskForm recordAmendmentForm(UnderspendService underspends, AbgFormViews views) {
    return TaskForm.of(task -> {
      task.setVariableLocal(AbgProcess.REALLOCATION_SUMMARY, views.reallocationSummary(reallocationId(task))
          + "\n\nThe Management Group approved it with amendments (" + FormData.text(task, AbgProcess.DECISION_MEETING) + "): "
          + FormData.text(task, AbgProcess.DECISION_RATIONALE));
      FormData.putList(task, AbgProcess.REALLOCATION_ITEMS, views.itemRows(reallocationId(task)));
      task.setVariableLocal(AbgProcess.AMENDMENT_REASON, "");
    }, task -> {
      Map<String, BigDecimal> amounts = new LinkedHashMap<>();
      for (ItemRow row : FormData.list(task, AbgProcess.REALLOCATION_ITEMS, ItemRow.class)) {
        if (row.reference() == null) {
          throw new BusinessRuleViolation("Every row needs the reference of an item on the approved list.");
        }
        if (amounts.put(row.reference(), row.approvedAmount() == null ? Money.pounds("0") : row.approvedAmount()) != null) {
          throw new BusinessRuleViolation(row.reference() + " appears twice.");
        }
      }
      underspends.amend(reallocationId(task), amounts, FormData.text(task, AbgProcess.AMENDMENT_REASON),
          FormData.text(task, AbgProcess.DECISION_MEETING), FormData.text(task, AbgProcess.DECISION_RATIONALE));
    });
  }

  @Bean
  TaskForm loadGrantLinesForm(AllocationService allocations) {
    return TaskForm.of(task -> task.setVariableLocal(AbgProcess.GRANT_LINES_CSV, String.join(",", GrantLinesCsv.HEADER) + "\n"),
        task -> allocations.loadCsv(FormData.id(task, AbgProcess.YEAR_ID), FormData.text(task, AbgProcess.GRANT_LINES_CSV),
            FormData.currentUser(task)));
  }

  @Bean
  TaskForm reviewAllocationsForm(AllocationService allocations) {
    return TaskForm.of(task -> {
      Long yearId = FormData.id(task, AbgProcess.YEAR_ID);
      String returned = "REJECTED".equals(FormData.text(task, AbgProcess.BOARD_OUTCOME))
          ? "\n\nReturned by the Board (" + FormData.text(task, AbgProcess.BOARD_MEETING) + "): " + FormData.text(task, AbgProcess.BOARD_RATIONALE)
          : "REJECTED".equals(FormData.text(task, AbgProcess.MANAGEMENT_GROUP_OUTCOME))
          ? "\n\nReturned by the Management Group (" + FormData.text(task, AbgProcess.MANAGEMENT_GROUP_MEETING) + "): "
              + FormData.text(task, AbgProcess.MANAGEMENT_GROUP_RATIONALE)
          : "";
      task.setVariableLocal(AbgProcess.ALLOCATION_SUMMARY, allocations.reviewSummary(yearId) + returned);
      FormData.putList(task, AbgProcess.ALLOCATION_ROWS, allocations.reviewRows(yearId));
    }, task -> {
      allocations.saveReview(FormData.id(task, AbgProcess.YEAR_ID),
          FormData.list(task, AbgProcess.ALLOCATION_ROWS, AllocationService.ReviewRow.class), FormData.currentUser(task));
      for (String answer : new String[] {AbgProcess.MANAGEMENT_GROUP_OUTCOME, AbgProcess.MANAGEMENT_GROUP_RATIONALE,
          AbgProcess.MANAGEMENT_GROUP_MEETING, AbgProcess.BOARD_OUTCOME, AbgProcess.BOARD_RATIONALE, AbgProcess.BOARD_MEETING}) {
        task.getExecution().removeVariable(answer);
      }
    });
  }

  /** An item an outcome group lists, in its rank order. */
  record EntryRow(String reference, String title, BigDecimal cost, String laaTarget, String cyppPriority, String leadOfficer) {}

  @Bean
  TaskForm submitPriorityListForm(AllocationService allocations, PriorityListService priorityLists) {
    return TaskForm.of(task -> FormData.putList(task, AbgProcess.PRIORITY_ENTRIES, List.of()), task -> {
      String label = allocations.year(FormData.id(task, AbgProcess.YEAR_ID)).getLabel();
      List<PriorityListService.EntryInput> inputs = FormData.list(task, AbgProcess.PRIORITY_ENTRIES, EntryRow.class).stream()
          .map(r -> new PriorityListService.EntryInput(r.reference(), r.title(), r.cost(), r.laaTarget(), r.cyppPriority(), r.leadOfficer()))
          .toList();
      priorityLists.submitList(label, FormData.text(task, AbgProcess.OUTCOME_GROUP), inputs);
    });
  }

  @Bean
  TaskForm proposeRankingForm(AllocationService allocations, PriorityListService priorityLists) {
    return TaskForm.of(task -> {
      String label = allocations.year(FormData.id(task, AbgProcess.YEAR_ID)).getLabel();
      task.setVariableLocal(AbgProcess.RANKING_SUMMARY, "REJECTED".equals(FormData.text(task, AbgProcess.MANAGEMENT_GROUP_OUTCOME))
          ? "Returned by the Management Group (" + FormData.text(task, AbgProcess.MANAGEMENT_GROUP_MEETING) + "): "
              + FormData.text(task, AbgProcess.MANAGEMENT_GROUP_RATIONALE)
          : "The outcome groups' lists of " + label + ". Give each item its place in the one ranked list (1 first).");
      FormData.putList(task, AbgProcess.RANKING_ROWS, priorityLists.rankingRows(label));
    }, task -> {
      priorityLists.proposeRanking(allocations.year(FormData.id(task, AbgProcess.YEAR_ID)).getLabel(),
          FormData.list(task, AbgProcess.RANKING_ROWS, PriorityListService.RankingRow.class));
      for (String answer : new String[] {AbgProcess.MANAGEMENT_GROUP_OUTCOME, AbgProcess.MANAGEMENT_GROUP_RATIONALE,
          AbgProcess.MANAGEMENT_GROUP_MEETING}) {
        task.getExecution().removeVariable(answer);
      }
    });
  }

  static int quarter(DelegateTask task) {
    return ((Number) task.getVariable(AbgProcess.QUARTER)).intValue();
  }

  @Bean
  TaskForm submitReturnForm(MonitoringService monitoring, AbgMonitoring rules) {
    return TaskForm.of(task -> {
      var r = monitoring.context(FormData.id(task, AbgProcess.ALLOCATION_ID), quarter(task));
      task.setVariableLocal(AbgProcess.RETURN_SUMMARY, r.activity() + " (" + r.reference() + ")\nAllocation " + r.yearLabel() + ": "
          + Money.format(r.allocation()) + "\nQuarter " + r.quarter() + " return due by " + rules.dueDay(r.yearLabel(), r.quarter())
          + (r.quarter() == 2 ? "\nAt quarter 2 the detailed month-by-month forecast for October to March is required." : ""));
    }, task -> {
      var r = monitoring.context(FormData.id(task, AbgProcess.ALLOCATION_ID), quarter(task));
      monitoring.submit(r.yearLabel(), r.reference(), r.quarter(), AbgDelegates.amount(task.getExecution(), AbgProcess.SPEND_TO_DATE),
          AbgDelegates.amount(task.getExecution(), AbgProcess.FORECAST_OUTTURN), FormData.text(task, AbgProcess.MONTHLY_FORECAST),
          FormData.text(task, AbgProcess.COMMENTARY), FormData.currentUser(task));
    });
  }

  @Bean
  TaskForm considerUnderspendForm(MonitoringService monitoring, UnderspendService underspends) {
    return TaskForm.of(task -> {
      var r = monitoring.context(FormData.id(task, AbgProcess.ALLOCATION_ID), quarter(task));
      task.setVariableLocal(AbgProcess.RETURN_SUMMARY, "Your forecast outturn for " + r.activity() + " is below its allocation of "
          + Money.format(r.allocation()) + " by more than the margin. Declare the potential underspend now, so that the Management "
          + "Group can reallocate it to its approved priority list.");
    }, task -> {
      if (!FormData.flag(task, AbgProcess.DECLARE_UNDERSPEND)) {
        return;
      }
      var r = monitoring.context(FormData.id(task, AbgProcess.ALLOCATION_ID), quarter(task));
      var underspend = underspends.declare(r.yearLabel(), r.reference(), AbgDelegates.amount(task.getExecution(), AbgProcess.UNDERSPEND_AMOUNT),
          FormData.text(task, AbgProcess.UNDERSPEND_REASON), FormData.currentUser(task));
      task.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(AbgProcess.UNDERSPEND_REALLOCATION,
          java.util.Map.of(AbgProcess.UNDERSPEND_ID, underspend.getId()));
    });
  }

  /** Read-only views for the forms, in one transaction each. */
  @org.springframework.stereotype.Component
  @Transactional(readOnly = true)
  static class AbgFormViews {
    private final UnderspendService underspends;

    AbgFormViews(UnderspendService underspends) {
      this.underspends = underspends;
    }

    public String underspendSummary(Long id) {
      Underspend u = underspends.underspend(id);
      BigDecimal allocation = u.getYear().allocationOf(u.getActivity()).map(a -> a.getAmount()).orElse(Money.pounds("0"));
      return "Activity: " + u.getActivity().getName() + " (" + u.getActivity().getReference() + ")\n"
          + "Lead officer: " + u.getDeclaredBy() + "\n"
          + "Allocation " + u.getYear().getLabel() + ": " + Money.format(allocation) + "\n"
          + "Potential underspend: " + Money.format(u.getAmount()) + "\n"
          + "Reason: " + u.getReason() + "\n\n"
          + "If you confirm it, the amount goes back to the unallocated pot (now " + Money.format(u.getYear().getUnallocated())
          + ") and the Management Group is told.";
    }

    public String reallocationSummary(Long id) {
      return AbgRules.summary(underspends.reallocation(id));
    }

    public List<ItemRow> itemRows(Long id) {
      Reallocation r = underspends.reallocation(id);
      return r.getItems().stream().map(i -> new ItemRow(i.getEntry().getApprovedRank(), i.getEntry().getReference(),
          i.getEntry().getTitle(), i.getEntry().getCost(), i.getProposedAmount(),
          i.getProposedAmount().signum() > 0 ? "funded" : i.getReason(),
          i.getApprovedAmount() == null ? i.getProposedAmount() : i.getApprovedAmount())).toList();
    }
  }
}
